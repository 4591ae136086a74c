package io.typedoo.cli.command;

import io.typedoo.cli.CliException;
import io.typedoo.cli.ExitCode;
import io.typedoo.cli.output.ProgressBar;
import io.typedoo.client.OdooClient;
import io.typedoo.codegen.SchemaSnapshot;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
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
 * that snapshots diff well. The snapshot is {@link SchemaSnapshot}'s, as the Maven plugin's {@code schema} goal
 * writes it.
 */
@Command(name = "schema", description = "Print a JSON snapshot of the fields of MODELs (fields_get).")
public final class SchemaCommand extends ConnectedCommand {

    @Parameters(arity = "1..*", paramLabel = "MODEL", description = "Technical model names, such as todo.task.")
    List<String> models;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    @Nullable Path output;

    @Override
    int run(OdooClient client) {
        SchemaSnapshot snapshot;
        try (ProgressBar bar = ProgressBar.start(err(), environment().terminal(), "Reading fields", models.size())) {
            snapshot = SchemaSnapshot.take(client, models, () -> bar.advance(1));
        }
        if (output == null) {
            out().println(snapshot.toJson());
            out().flush();
        } else {
            try {
                snapshot.write(output);
            } catch (UncheckedIOException e) {
                throw new CliException("Cannot write " + output + ": " + e.getCause(), ExitCode.IO, e);
            }
        }
        return 0;
    }
}
