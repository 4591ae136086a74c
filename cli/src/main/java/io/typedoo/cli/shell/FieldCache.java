package io.typedoo.cli.shell;

import io.typedoo.untyped.FieldInfo;
import io.typedoo.untyped.Model;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fields of the models a shell session follows relations through ({@code p.get("parent_id.name")}), asked
 * once per model ({@code fields_get} with the type and relation only) and kept while the shell runs.
 */
final class FieldCache {

    private final Map<String, Map<String, FieldInfo>> byModel = new ConcurrentHashMap<>();

    /**
     * The type and relation of {@code field} of {@code model}.
     *
     * @throws IllegalArgumentException when the model has no such field
     */
    FieldInfo field(Model model, String field) {
        Map<String, FieldInfo> fields = byModel.computeIfAbsent(model.name(),
                name -> model.fieldsGet("type", "relation"));
        FieldInfo info = fields.get(field);
        if (info == null) {
            throw new IllegalArgumentException("No field " + field + " on " + model.name());
        }
        return info;
    }
}
