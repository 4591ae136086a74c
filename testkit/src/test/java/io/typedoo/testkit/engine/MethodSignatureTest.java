package io.typedoo.testkit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signatures read and write Python's text, and bind as {@code inspect.Signature.bind} does. */
class MethodSignatureTest {

    private static final MethodSignature SEARCH = MethodSignature.onModel(
            "(domain, offset=0, limit=None, order=None) -> list[int]");

    @Test
    void readsAndWritesOdoosText() {
        assertEquals("(domain, offset=0, limit=None, order=None) -> list[int]", SEARCH.text());
        assertTrue(SEARCH.modelLevel());
        assertEquals(List.of("domain", "offset", "limit", "order"),
                SEARCH.parameters().stream().map(MethodSignature.Parameter::name).toList());
        assertTrue(SEARCH.parameters().get(0).required());
        assertEquals(0L, SEARCH.parameters().get(1).defaultValue());
        MethodSignature searchRead = MethodSignature.onModel("(domain=None, fields=None, **read_kwargs)");
        assertEquals("(domain=None, fields=None, read_kwargs)", searchRead.text(), "as /doc-bearer writes it");
        assertEquals("ilike", MethodSignature.onModel("(operator='ilike')").parameters().get(0).defaultValue());
        assertEquals(List.of(), MethodSignature.onModel("(groupby=())").parameters().get(0).defaultValue());
        assertFalse(MethodSignature.onRecords("()").modelLevel());
    }

    @Test
    void bindReportsTheMissingArgumentFirstThenTheUnexpectedOne() {
        assertEquals("missing a required argument: 'domain'", bindError(SEARCH, Map.of("domian", List.of())));
        assertEquals("got an unexpected keyword argument 'foo'",
                bindError(SEARCH, ordered("domain", List.of(), "foo", 1L)));
        assertEquals("multiple values for argument 'self'", bindError(SEARCH, ordered("self", 1L, "domain", 2L)));
        Map<String, Object> bound = SEARCH.bind(ordered("limit", 3L, "domain", List.of()));
        assertEquals(List.of("domain", "limit"), List.copyOf(bound.keySet()), "in parameter order");
    }

    @Test
    void aDoubleStarParameterTakesTheOtherKeywords() {
        MethodSignature searchRead = MethodSignature.onModel("(domain=None, fields=None, **read_kwargs)");
        Map<String, Object> bound = searchRead.bind(ordered("load", null, "fields", List.of("name")));
        assertEquals(Arrays.asList(null, List.of("name")), searchRead.positional(bound));
        assertEquals(ordered("load", null), searchRead.extraKeywords(bound));
    }

    @Test
    void refusesWhatPythonWouldNot() {
        assertThrows(IllegalArgumentException.class, () -> MethodSignature.onRecords("domain"));
        assertThrows(IllegalArgumentException.class, () -> MethodSignature.onRecords("(a=1, b)"));
        assertThrows(IllegalArgumentException.class, () -> MethodSignature.onRecords("(**kw, a)"));
        assertThrows(IllegalArgumentException.class, () -> MethodSignature.onRecords("(self, a)"));
        assertThrows(IllegalArgumentException.class, () -> MethodSignature.onRecords("(a=object())"));
    }

    private static String bindError(MethodSignature signature, Map<String, Object> kwargs) {
        OdooError error = assertThrows(OdooError.class, () -> signature.bind(kwargs));
        assertEquals("builtins.TypeError", error.pythonClass());
        return error.message();
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
