package io.typedoo.untyped;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One field of a model as {@code fields_get} describes it. Only the attributes that were asked for (and that apply
 * to the field) are filled; the others are null or empty. {@link #required()} and {@link #readonly()} are
 * {@code null} when the answer did not say (the attribute was not asked for), so "not asked" never reads as
 * "false"; {@link #isRequired()} and {@link #isReadonly()} are true only when the server said true.
 *
 * @param name the technical field name, such as {@code partner_id}
 * @param type Odoo's field type, such as {@code char}, {@code many2one}, {@code selection}; empty when not asked
 * @param label the user-facing label (Odoo's {@code string}), or null
 * @param required whether the field is required, or null when {@code required} was not asked for
 * @param readonly whether the field is read-only, or null when {@code readonly} was not asked for
 * @param relation the related model of a relational field, such as {@code res.users}, or null
 * @param selection the choices of a selection field, value to label, in the server's order; empty otherwise
 * @param attributes every attribute the server sent, raw
 */
public record FieldInfo(String name, String type, @Nullable String label, @Nullable Boolean required,
        @Nullable Boolean readonly,
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
                attributes.get("required") instanceof Boolean r ? r : null,
                attributes.get("readonly") instanceof Boolean r ? r : null,
                attributes.get("relation") instanceof String r && !r.isEmpty() ? r : null,
                Collections.unmodifiableMap(selection),
                Collections.unmodifiableMap(new LinkedHashMap<>(attributes)));
    }

    /** True when the server said the field is required; false when it said not, or was not asked. */
    public boolean isRequired() {
        return Boolean.TRUE.equals(required);
    }

    /** True when the server said the field is read-only; false when it said not, or was not asked. */
    public boolean isReadonly() {
        return Boolean.TRUE.equals(readonly);
    }

    /** True for many2one, one2many and many2many fields. */
    public boolean isRelational() {
        return type.equals("many2one") || type.equals("one2many") || type.equals("many2many");
    }
}
