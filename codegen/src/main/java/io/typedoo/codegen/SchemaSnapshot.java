package io.typedoo.codegen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.typedoo.client.OdooClient;
import io.typedoo.untyped.FieldInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A {@code typedoo-schema/1} snapshot: the {@code fields_get} attributes of some models of a server, as JSON that
 * diffs well in version control (keys sorted) and that the annotation processor reads with
 * {@code -Atypedoo.schema=FILE}.
 *
 * <pre>
 * {
 *   "format" : "typedoo-schema/1",
 *   "models" : {
 *     "todo.task" : {
 *       "fields" : { "name" : { "readonly" : false, "required" : true, "string" : "Title", "type" : "char" }, ... },
 *       "label" : "To-do Task"
 *     }
 *   },
 *   "server_version" : "18.0"
 * }
 * </pre>
 */
public final class SchemaSnapshot {

    /** The value of the snapshot's {@code format} key. */
    public static final String FORMAT = "typedoo-schema/1";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final @Nullable String serverVersion;
    /** Model name to {@code {"label", "fields": {name: attributes}}}, sorted. */
    private final Map<String, Map<String, Object>> models;

    private SchemaSnapshot(@Nullable String serverVersion, Map<String, Map<String, Object>> models) {
        this.serverVersion = serverVersion;
        this.models = Collections.unmodifiableMap(new TreeMap<>(models));
    }

    /**
     * Reads the fields of {@code models} from the server: one {@code ir.model} call for the labels, one
     * {@code fields_get} per model.
     *
     * @param afterEachModel told once per model read, for progress bars
     * @throws io.typedoo.error.OdooUnknownModelException when the server has no such model
     */
    public static SchemaSnapshot take(OdooClient client, List<String> models, Runnable afterEachModel) {
        SchemaReader reader = new SchemaReader(client);
        Map<String, String> labels = reader.labels(models);
        Map<String, Map<String, Object>> byModel = new TreeMap<>();
        for (String model : models) {
            Map<String, Object> fields = new TreeMap<>();
            for (FieldInfo field : reader.describe(model, labels).fields().values()) {
                fields.put(field.name(), field.attributes());
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("label", labels.get(model));
            entry.put("fields", fields);
            byModel.put(model, entry);
            afterEachModel.run();
        }
        return new SchemaSnapshot(client.version().serverVersion(), byModel);
    }

    /**
     * Reads a snapshot file.
     *
     * @throws SchemaSnapshotException when the file is missing, is not JSON, or is not a {@code typedoo-schema/1}
     *     snapshot
     */
    public static SchemaSnapshot read(Path file) {
        Object root;
        try {
            root = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), Object.class);
        } catch (NoSuchFileException e) {
            throw new SchemaSnapshotException("Cannot read the schema snapshot " + file + ": the file does not exist",
                    e);
        } catch (JsonProcessingException e) {
            throw new SchemaSnapshotException("Cannot read the schema snapshot " + file + ": it is not valid JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SchemaSnapshotException("Cannot read the schema snapshot " + file + ": " + e, e);
        }
        if (!(root instanceof Map<?, ?> snapshot) || !FORMAT.equals(snapshot.get("format"))
                || !(snapshot.get("models") instanceof Map<?, ?> models)) {
            throw new SchemaSnapshotException("Cannot read the schema snapshot " + file + ": it is not a " + FORMAT
                    + " snapshot (write one with typedoo schema or the Maven plugin's schema goal)");
        }
        Map<String, Map<String, Object>> byModel = new TreeMap<>();
        for (Map.Entry<?, ?> model : models.entrySet()) {
            if (!(model.getValue() instanceof Map<?, ?> entry) || !(entry.get("fields") instanceof Map<?, ?>)) {
                throw new SchemaSnapshotException("Cannot read the schema snapshot " + file + ": model "
                        + model.getKey() + " has no \"fields\" object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) entry;
            byModel.put(String.valueOf(model.getKey()), typed);
        }
        return new SchemaSnapshot(snapshot.get("server_version") instanceof String v ? v : null, byModel);
    }

    /** The server version the snapshot was taken from, such as {@code 18.0}, or null when it does not say. */
    public @Nullable String serverVersion() {
        return serverVersion;
    }

    /** The technical names of the models, sorted. */
    public Set<String> models() {
        return models.keySet();
    }

    /** The fields of {@code model} by name, each with its {@code fields_get} attributes; empty when absent. */
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, Object>> fields(String model) {
        Map<String, Object> entry = models.get(model);
        return entry == null ? Map.of() : (Map<String, Map<String, Object>>) entry.get("fields");
    }

    /** The snapshot as pretty-printed JSON with sorted keys. */
    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("models", models);
        root.put("server_version", serverVersion);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a schema snapshot as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes {@link #toJson()} and a line break to {@code file}, creating its folder if needed. */
    public void write(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, toJson() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the schema snapshot " + file + ": " + e, e);
        }
    }
}
