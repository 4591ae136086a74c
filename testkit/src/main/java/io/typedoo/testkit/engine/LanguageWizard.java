package io.typedoo.testkit.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Odoo's {@code base.language.install} wizard: create it with the languages to install ({@code lang_ids}), then
 * call {@code lang_install} on it. The languages become active, so a context {@code lang} may name them and
 * translatable fields read in them ({@link Translations}); the answer is the action Odoo returns, which reopens
 * the wizard. Administration/Settings only, as in Odoo.
 */
final class LanguageWizard {

    static final String MODEL = "base.language.install";
    /** The id of the wizard's form view in the action ({@code base.language_install_view_form}'s). */
    private static final long FORM_VIEW = 104;

    private LanguageWizard() {
    }

    static void register(ModelRegistry registry) {
        Set<Long> settings = Set.of(Groups.SETTINGS);
        registry.define(MODEL).module("base").description("Install Language").order("id")
                .many2manyField("lang_ids", "res.lang").label("Languages")
                .booleanField("overwrite").label("Overwrite Existing Terms")
                .selectionField("state", "init", "init", "done", "done").label("Status").defaultValue("init")
                .access(new ModelAccess(settings, settings, settings, settings))
                .register();
        registry.method(MODEL, "lang_install", MethodSignature.onRecords("()"), LanguageWizard::install);
    }

    private static Object install(MethodCall call) {
        if (call.ids().isEmpty()) {
            throw OdooError.valueError("Expected singleton: " + MODEL + "()");
        }
        long wizard = call.ids().get(0);
        for (Long id : call.ids()) {
            call.record(id, "state");  // a MissingError, worded as Odoo's, for a wizard that is gone
            // The languages to install are inactive: read them as the wizard's field does, with active_test off.
            Object read = call.execute(MODEL, "read", List.of(List.of(id), List.of("lang_ids")),
                    Map.of("context", Map.of("active_test", false)));
            Map<?, ?> row = (Map<?, ?>) ((List<?>) Objects.requireNonNull(read)).get(0);
            Object languages = row.get("lang_ids");
            call.execute("res.lang", "write", List.of(languages, Map.of("active", true)), Map.of());
            call.execute(MODEL, "write", List.of(List.of(id), Map.of("state", "done")), Map.of());
        }
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("type", "ir.actions.act_window");
        action.put("res_model", MODEL);
        action.put("res_id", wizard);
        action.put("view_mode", "form");
        action.put("target", "new");
        action.put("views", List.of(List.of(FORM_VIEW, "form")));
        return action;
    }
}
