package io.typedoo.testkit.engine;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One field of a model, immutable. Built with {@link ModelBuilder}.
 *
 * @param name the technical name, such as {@code "user_id"}
 * @param type the field type
 * @param label the label ({@code string} in {@code fields_get})
 * @param required whether a value must be set
 * @param readonly whether {@code fields_get} reports the field as read-only (magic fields are)
 * @param relation the comodel of a relational field, else null
 * @param inverseName for a one2many, the many2one field on the comodel pointing back; else null
 * @param selection the [value, label] pairs of a selection field; empty otherwise
 * @param defaultValue the default for new records, or null
 * @param stored whether the engine stores a value (false for computed fields such as {@code display_name})
 * @param secret whether reads hide the value (passwords)
 */
public record FieldDef(String name, FieldType type, String label, boolean required, boolean readonly,
        @Nullable String relation, @Nullable String inverseName, List<List<String>> selection,
        @Nullable DefaultValue defaultValue, boolean stored, boolean secret) {

    /** Validates and copies the selection. */
    public FieldDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        selection = List.copyOf(selection);
        if (type.isRelational() && relation == null) {
            throw new IllegalArgumentException("relational field " + name + " needs a comodel");
        }
        if (type == FieldType.ONE2MANY && inverseName == null) {
            throw new IllegalArgumentException("one2many field " + name + " needs the inverse many2one's name");
        }
    }

    /** A copy with another default. */
    FieldDef withDefault(@Nullable DefaultValue newDefault) {
        return new FieldDef(name, type, label, required, readonly, relation, inverseName, selection, newDefault,
                stored, secret);
    }

    /** A copy with another required flag. */
    FieldDef withRequired(boolean newRequired) {
        return new FieldDef(name, type, label, newRequired, readonly, relation, inverseName, selection,
                defaultValue, stored, secret);
    }

    /** A copy with another readonly flag. */
    FieldDef withReadonly(boolean newReadonly) {
        return new FieldDef(name, type, label, required, newReadonly, relation, inverseName, selection,
                defaultValue, stored, secret);
    }

    /** A copy with another label. */
    FieldDef withLabel(String newLabel) {
        return new FieldDef(name, type, newLabel, required, readonly, relation, inverseName, selection,
                defaultValue, stored, secret);
    }

    /** A copy that hides its value from reads. */
    FieldDef asSecret() {
        return new FieldDef(name, type, label, required, readonly, relation, inverseName, selection,
                defaultValue, stored, true);
    }
}
