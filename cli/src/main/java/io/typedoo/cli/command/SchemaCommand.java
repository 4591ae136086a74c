package io.typedoo.cli.command;

import io.typedoo.cli.CliException;
import io.typedoo.cli.ExitCode;
import io.typedoo.cli.generate.SchemaReader;
import io.typedoo.cli.output.Json;
import io.typedoo.cli.output.ProgressBar;
import io.typedoo.client.OdooClient;
import io.typedoo.untyped.FieldInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code typedoo schema MODEL... > schema.json}: a snapshot of {@code fields_get} for later compile-time checks.
 *
 * <pre>
 * {
 *   "format" : "typedoo-schema/1",
 *   "models" : {
 *     "todo.task" : {
 *       "label" : "To-do Task",
 *       "fields" : { "name" : { "readonly" : false, "required" : true, "string" : "Title", "type" : "char" }, ... }
 *     }
 *   },
 *   "server_version" : "18.0"
 * }
 * </pre>
 *
 * <p>Each field holds the {@code fields_get} attributes the server sent, as it sent them; keys are sorted so
 * that snapshots diff well.
 */
@Command(name = "schema", description = "Print a JSON snapshot of the fields of MODELs (fields_get).")
public final class SchemaCommand extends ConnectedCommand {

    /** The value of the snapshot's {@code format} key. */
    public static final String FORMAT = "typedoo-schema/1";

    @Parameters(arity = "1..*", paramLabel = "MODEL", description = "Technical model names, such as todo.task.")
    List<String> models;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    @Nullable Path output;

    @Override
    int run(OdooClient client) {
        SchemaReader reader = new SchemaReader(client);
        Map<String, String> labels = reader.labels(models);
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("format", FORMAT);
        snapshot.put("server_version", client.version().serverVersion());
        Map<String, Object> byModel = new TreeMap<>();
        try (ProgressBar bar = ProgressBar.start(err(), environment().terminal(), "Reading fields", models.size())) {
            for (String model : models) {
                Map<String, Object> fields = new TreeMap<>();
                for (FieldInfo field : reader.describe(model, labels).fields().values()) {
                    fields.put(field.name(), field.attributes());
                }
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("label", labels.get(model));
                entry.put("fields", fields);
                byModel.put(model, entry);
                bar.advance(1);
            }
        }
        snapshot.put("models", byModel);
        String json = Json.write(snapshot);
        if (output == null) {
            out().println(json);
            out().flush();
        } else {
            try {
                Files.writeString(output, json + System.lineSeparator(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CliException("Cannot write " + output + ": " + e, ExitCode.IO, e);
            }
        }
        return 0;
    }
}
