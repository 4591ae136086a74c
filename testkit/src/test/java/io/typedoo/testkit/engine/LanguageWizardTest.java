package io.typedoo.testkit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The language wizard installs a language, after which a context {@code lang} may name it and country names read
 * in it; before, that context is refused. Settings only.
 */
class LanguageWizardTest extends DemoDatabaseFixture {

    private static final Map<String, Object> FRENCH = Map.of("context", Map.of("lang", "fr_FR"));

    @Test
    void installingFrenchActivatesItAndCountriesReadInFrench() {
        OdooError refused = assertThrows(OdooError.class, () -> calls.admin("res.country", "read",
                List.of(List.of(21L), List.of("name")), FRENCH));
        assertEquals("Invalid language code: fr_FR", refused.message());
        Object wizard = calls.admin(LanguageWizard.MODEL, "create",
                List.of(List.of(Map.of("lang_ids", List.of(List.of(6L, 0L, List.of(30L))), "overwrite", false))),
                Map.of());
        long id = (Long) ((List<?>) wizard).get(0);
        Map<?, ?> action = (Map<?, ?>) calls.admin(LanguageWizard.MODEL, "lang_install", List.of(List.of(id)),
                Map.of());
        assertEquals("ir.actions.act_window", action.get("type"));
        assertEquals(id, action.get("res_id"));
        assertEquals(List.of(Map.of("id", 21L, "name", "Belgique"), Map.of("id", 75L, "name", "France"),
                Map.of("id", 233L, "name", "États-Unis")), calls.admin("res.country", "read",
                List.of(List.of(21L, 75L, 233L), List.of("name")), FRENCH));
        assertEquals(List.of(Map.of("id", 21L, "name", "Belgium")), calls.read("res.country", List.of(21L), "name"));
    }

    @Test
    void onlySettingsMayInstallALanguage() {
        OdooError denied = assertThrows(OdooError.class, () -> calls.as(6, "demo", LanguageWizard.MODEL, "create",
                List.of(List.of(Map.of("lang_ids", List.of(List.of(6L, 0L, List.of(30L)))))), Map.of()));
        assertEquals(OdooError.Kind.ACCESS_ERROR, denied.kind());
    }
}
