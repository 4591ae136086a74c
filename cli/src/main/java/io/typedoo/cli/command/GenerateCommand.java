package io.typedoo.cli.command;

import com.palantir.javapoet.JavaFile;
import io.typedoo.cli.CliException;
import io.typedoo.cli.ExitCode;
import io.typedoo.codegen.GeneratedSources;
import io.typedoo.codegen.InterfaceGenerator;
import io.typedoo.codegen.SchemaReader;
import io.typedoo.codegen.ServerMethod;
import io.typedoo.codegen.ServerModel;
import io.typedoo.cli.output.ProgressBar;
import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import io.typedoo.error.OdooAccessException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code typedoo generate MODEL... --package P --out DIR}: one {@code @OdooModel} interface per model, from the
 * server's {@code fields_get}, written under {@code DIR} in the package's folders. A file edited since it was
 * generated is left alone (and named on stderr) unless {@code --overwrite} is given. With {@code --methods}, the
 * named public methods are declared too, typed from Odoo 19's {@code /doc-bearer} signatures.
 */
@Command(name = "generate",
        description = "Write @OdooModel interfaces for MODELs from the server's fields; relations among them are "
                + "typed, selections become enums.")
public final class GenerateCommand extends ConnectedCommand {

    @Parameters(arity = "1..*", paramLabel = "MODEL", description = "Technical model names, such as todo.task.")
    List<String> models;

    @Option(names = "--package", required = true, paramLabel = "PACKAGE",
            description = "The Java package, such as com.example.odoo.")
    String packageName;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The source root to write into, such as src/main/java.")
    Path out;

    @Option(names = "--methods", split = ",", paramLabel = "METHOD",
            description = "Also declare these public methods of the models as typed @OdooMethod methods, with their "
                    + "parameter names and types from Odoo's own signatures (/doc-bearer; Odoo 19+ over JSON-2, "
                    + "that is with --api-key), such as action_confirm,do_toggle_done.")
    List<String> methods = List.of();

    @Option(names = "--overwrite",
            description = "Overwrite files edited since they were generated (they are kept otherwise).")
    boolean overwrite;

    private @Nullable InterfaceGenerator generator;

    @Override
    void prepare() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CliException("Cannot write under " + out + ": it is a file, not a directory", ExitCode.IO);
        }
        try {
            generator = new InterfaceGenerator(packageName, models);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    @Override
    int run(OdooClient client) {
        InterfaceGenerator generator = java.util.Objects.requireNonNull(this.generator);
        SchemaReader reader = new SchemaReader(client);
        Map<String, String> labels = reader.labels(models);
        GeneratedSources sources = new GeneratedSources(out, overwrite);
        try (ProgressBar bar = ProgressBar.start(err(), environment().terminal(), "Generating", models.size())) {
            for (String model : models) {
                JavaFile file = methods.isEmpty() ? generator.generate(reader.describe(model, labels))
                        : withMethods(client, generator, reader.describe(model, labels));
                GeneratedSources.Result result = write(sources, file);
                bar.advance(1);
                if (result.outcome() == GeneratedSources.Outcome.KEPT_EDITED) {
                    err().println("typedoo: kept " + result.file() + ": it was edited since it was generated "
                            + "(--overwrite replaces it)");
                } else {
                    out().println(result.file());
                }
            }
        }
        out().flush();
        err().flush();
        return 0;
    }

    /** The interface with the asked methods, typed from the model's documented signatures. */
    private JavaFile withMethods(OdooClient client, InterfaceGenerator generator, ServerModel model) {
        if (client.protocol() != Protocol.JSON2) {
            throw CliException.usage("--methods needs Odoo 19 or later over JSON-2: it reads the methods' parameter"
                    + " names and types from /doc-bearer/" + model.model() + ".json, which only JSON-2 servers have;"
                    + " this connection speaks " + client.protocol() + " (with --api-key, typedoo speaks JSON-2 to"
                    + " Odoo 19 and later)");
        }
        Map<String, ServerMethod> documented;
        try {
            documented = ServerMethod.fromDoc(client.modelDoc(model.model()));
        } catch (OdooAccessException e) {
            throw new CliException("--methods reads /doc-bearer/" + model.model() + ".json, which the server refused:"
                    + " the user needs Odoo's group API Documentation (" + e.getMessage() + ")", ExitCode.SERVER, e);
        }
        List<ServerMethod> found = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        for (String name : methods) {
            ServerMethod method = documented.get(name.strip());
            if (method == null) {
                undocumented.add(name.strip());
            } else {
                found.add(method);
            }
        }
        return generator.generate(model, found, undocumented);
    }

    private GeneratedSources.Result write(GeneratedSources sources, JavaFile file) {
        try {
            return sources.write(file);
        } catch (UncheckedIOException e) {
            throw new CliException("Cannot write " + file.typeSpec().name() + " under " + out + ": " + e.getCause(),
                    ExitCode.IO, e);
        }
    }
}
