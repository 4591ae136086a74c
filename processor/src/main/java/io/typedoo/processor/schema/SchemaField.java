package io.typedoo.processor.schema;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One field of a schema snapshot, with the {@code fields_get} attributes the checks use.
 *
 * @param name the Odoo field name, such as {@code user_id}
 * @param type the Odoo field type, such as {@code many2one}
 * @param relation the target model of a relation, such as {@code res.users}; null otherwise
 * @param required whether Odoo requires a value (then it never sends {@code False} for it)
 * @param selection the stored values of a selection field, in the server's order; empty otherwise
 */
public record SchemaField(String name, String type, @Nullable String relation, boolean required,
        List<String> selection) {

    /** Copies the list. */
    public SchemaField {
        selection = List.copyOf(selection);
    }
}
