package io.typedoo.testkit.engine;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The translations of translatable fields ({@code translate=True} in Odoo), by language: what a record's value reads
 * as when the context's {@code lang} is that language. Odoo keeps them per record and loads them from its
 * {@code .po} files when a language is installed; the testkit keeps them per source text, for the demo records,
 * and the context can only name an installed language (see {@link ClientMethods#checkLanguage}), so they show once
 * the language is installed, as in Odoo.
 */
final class Translations {

    /** "model.field" to "lang source" to the translated text. */
    private final Map<String, Map<String, String>> byField = new HashMap<>();

    void add(String model, String field, String lang, String source, String text) {
        byField.computeIfAbsent(model + "." + field, f -> new HashMap<>()).put(lang + " " + source, text);
    }

    /** The value as it reads in {@code lang}: its translation, or itself when there is none. */
    @Nullable Object translate(String model, String field, @Nullable Object value, @Nullable Object lang) {
        if (!(value instanceof String source) || !(lang instanceof String code) || code.equals("en_US")) {
            return value;
        }
        Map<String, String> texts = byField.get(model + "." + field);
        String text = texts == null ? null : texts.get(code + " " + source);
        return text == null ? value : text;
    }
}
