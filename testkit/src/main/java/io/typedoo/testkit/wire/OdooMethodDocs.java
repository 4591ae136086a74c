package io.typedoo.testkit.wire;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The documentation Odoo 19's {@code /doc-bearer} gives the built-in ORM methods: each method's docstring
 * ({@code doc}), the exceptions it raises ({@code raise}), its parameters' annotations and texts, and its return
 * text, as Odoo renders them to HTML from its docstrings. They are kept, for the methods the testkit implements,
 * in {@code odoo19-method-docs.json}, taken from the answer recorded from Odoo 19.0
 * ({@code odoo-wire/json2/006-doc-bearer-model.json}); the signatures and {@code api} come from the engine's
 * signature table.
 */
final class OdooMethodDocs {

    private static final Map<String, Map<String, Object>> DOCS = load();

    private OdooMethodDocs() {
    }

    /** Adds Odoo's documentation of the built-in {@code method} to its description, if there is any. */
    static void addTo(String method, Map<String, Object> description) {
        Map<String, Object> docs = DOCS.get(method);
        if (docs != null) {
            merge(description, docs);
        }
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> into, Map<String, Object> from) {
        from.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                Object existing = into.get(key);
                Map<String, Object> target = existing instanceof Map<?, ?> map
                        ? new LinkedHashMap<>((Map<String, Object>) map) : new LinkedHashMap<>();
                merge(target, (Map<String, Object>) nested);
                into.put(key, target);
            } else {
                into.put(key, value);
            }
        });
    }

    private static Map<String, Map<String, Object>> load() {
        try (InputStream in = OdooMethodDocs.class.getResourceAsStream("odoo19-method-docs.json")) {
            if (in == null) {
                throw new IllegalStateException("odoo19-method-docs.json is missing from the testkit jar");
            }
            return new ObjectMapper().readValue(in, new TypeReference<Map<String, Map<String, Object>>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
