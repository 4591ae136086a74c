package io.typedoo.processor.schema;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One model of a schema snapshot.
 *
 * @param name the technical name, such as {@code todo.task}
 * @param label the model's label, such as {@code To-do Task}; null when the snapshot has none
 * @param fields the fields by name
 */
public record SchemaModel(String name, @Nullable String label, Map<String, SchemaField> fields) {

    /** Copies the map. */
    public SchemaModel {
        fields = Map.copyOf(fields);
    }
}
