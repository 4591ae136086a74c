package io.typedoo.processor.schema;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A {@code typedoo-schema/1} snapshot, as {@code typedoo schema MODEL... -o FILE} writes it: the models a
 * server had, with their fields.
 *
 * @param source where the snapshot was read from, for messages
 * @param models the models by technical name
 */
public record Schema(String source, Map<String, SchemaModel> models) {

    /** The value of the snapshot's {@code format} key that this processor reads. */
    public static final String FORMAT = "typedoo-schema/1";

    /** Copies the map. */
    public Schema {
        models = Map.copyOf(models);
    }

    /** The model named {@code name}, or null. */
    public @Nullable SchemaModel model(String name) {
        return models.get(name);
    }
}
