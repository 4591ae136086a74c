package io.typedoo.codegen;

import io.typedoo.untyped.FieldInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the server says about one model: its technical name, its label from {@code ir.model}, and its fields
 * from {@code fields_get}, in the server's order.
 *
 * @param model the technical name, such as {@code todo.task}
 * @param label the model's description, such as {@code To-do Task}, or null when unknown
 * @param fields the fields by name
 */
public record ServerModel(String model, @Nullable String label, Map<String, FieldInfo> fields) {

    /** Compact constructor: keeps the server's field order in an unmodifiable copy. */
    public ServerModel {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
