package io.typedoo.untyped;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One field of a model as {@code fields_get} describes it. Only the attributes that were asked for (and that apply
 * to the field) are filled; the others are null, false or empty.
 *
 * @param name the technical field name, such as {@code partner_id}
 * @param type Odoo's field type, such as {@code char}, {@code many2one}, {@code selection}; empty when not asked
 * @param label the user-facing label (Odoo's {@code string}), or null
 * @param required whether the field is required
 * @param readonly whether the field is read-only
 * @param relation the related model of a relational field, such as {@code res.users}, or null
 * @param selection the choices of a selection field, value to label, in the server's order; empty otherwise
 * @param attributes every attribute the server sent, raw
 */
public record FieldInfo(String name, String type, @Nullable String label, boolean required, boolean readonly,
        @Nullable String relation, Map<String, String> selection, Map<String, Object> attributes) {

    /** Reads one entry of {@code fields_get}'s answer. */
    public static FieldInfo fromWire(String name, Map<String, Object> attributes) {
        Map<String, String> selection = new LinkedHashMap<>();
        if (attributes.get("selection") instanceof List<?> choices) {
            for (Object choice : choices) {
                if (choice instanceof List<?> pair && pair.size() == 2) {
                    selection.put(String.valueOf(pair.get(0)), String.valueOf(pair.get(1)));
                }
            }
        }
        return new FieldInfo(name,
                attributes.get("type") instanceof String t ? t : "",
                attributes.get("string") instanceof String s ? s : null,
                Boolean.TRUE.equals(attributes.get("required")),
                Boolean.TRUE.equals(attributes.get("readonly")),
                attributes.get("relation") instanceof String r && !r.isEmpty() ? r : null,
                Collections.unmodifiableMap(selection),
                Collections.unmodifiableMap(new LinkedHashMap<>(attributes)));
    }

    /** True for many2one, one2many and many2many fields. */
    public boolean isRelational() {
        return type.equals("many2one") || type.equals("one2many") || type.equals("many2many");
    }
}
