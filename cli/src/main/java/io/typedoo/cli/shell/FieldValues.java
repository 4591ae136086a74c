package io.typedoo.cli.shell;

import io.typedoo.untyped.FieldInfo;
import io.typedoo.untyped.Row;
import io.typedoo.value.Many2one;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A field's wire value as the shell shows it: Odoo's {@code false} for "empty" becomes null, dates are dates. */
final class FieldValues {

    private FieldValues() {
    }

    /** The value of a field that is not a relation. */
    static @Nullable Object of(Row row, FieldInfo field) {
        String name = field.name();
        return switch (field.type()) {
            case "char", "text", "html", "selection" -> row.getString(name);
            case "integer" -> row.getLong(name);
            case "float", "monetary" -> row.getDouble(name);
            case "boolean" -> row.getBoolean(name);
            case "date" -> row.getDate(name);
            case "datetime" -> row.getDateTime(name);
            default -> {
                Object raw = row.get(name);
                yield Boolean.FALSE.equals(raw) ? null : raw;
            }
        };
    }

    /** The ids a relation holds: one (or none) for a many2one, the list for an x2many. */
    static List<Long> relatedIds(Row row, FieldInfo field) {
        if (field.type().equals("many2one")) {
            Many2one value = row.getMany2one(field.name());
            return value == null ? List.of() : List.of(value.id());
        }
        return row.getIds(field.name());
    }
}
