package io.typedoo.maven;

import com.palantir.javapoet.JavaFile;
import io.typedoo.client.OdooClient;
import io.typedoo.codegen.GeneratedSources;
import io.typedoo.codegen.InterfaceGenerator;
import io.typedoo.codegen.SchemaReader;
import java.io.File;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.jspecify.annotations.Nullable;

/**
 * Writes one {@code @OdooModel} interface per model from the server's {@code fields_get}, as
 * {@code typedoo generate} does (the same code). Runs only when asked ({@code mvn typedoo:generate}): the files are
 * a starting point to edit and check in. A file edited since it was generated is kept, with a warning, unless
 * {@code overwrite} is set.
 */
@Mojo(name = "generate", threadSafe = true)
public class GenerateMojo extends ServerMojo {

    /** The technical names of the models; relations among them are typed. */
    @Parameter(property = "typedoo.models", required = true)
    @Nullable List<String> models;

    /** The Java package of the interfaces, such as {@code com.example.odoo}. */
    @Parameter(property = "typedoo.package", required = true)
    @Nullable String packageName;

    /** The source root the package's folders are written under. */
    @Parameter(property = "typedoo.outputDirectory", defaultValue = "${project.basedir}/src/main/java",
            required = true)
    @Nullable File outputDirectory;

    /** Overwrites files edited since they were generated too. */
    @Parameter(property = "typedoo.overwrite", defaultValue = "false")
    boolean overwrite;

    /** Maven creates the goal, with its decrypter for {@code settings.xml} passwords. */
    @Inject
    public GenerateMojo(@Nullable SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    String goal() {
        return "typedoo:generate";
    }

    @Override
    String offlineFallback() {
        return "the interfaces under " + outputDirectory + " stay as they are";
    }

    @Override
    void execute(OdooClient client) throws MojoExecutionException {
        List<String> names = Parameters.models(models, goal());
        File root = Parameters.file(outputDirectory, "outputDirectory", goal());
        if (packageName == null) {
            throw new MojoExecutionException(goal() + " needs packageName (typedoo.package), such as com.example.odoo");
        }
        InterfaceGenerator generator;
        try {
            generator = new InterfaceGenerator(packageName, names);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(goal() + ": " + e.getMessage(), e);
        }
        SchemaReader reader = new SchemaReader(client);
        Map<String, String> labels = reader.labels(names);
        GeneratedSources sources = new GeneratedSources(root.toPath(), overwrite);
        for (String model : names) {
            JavaFile file = generator.generate(reader.describe(model, labels));
            GeneratedSources.Result result;
            try {
                result = sources.write(file);
            } catch (UncheckedIOException e) {
                throw new MojoExecutionException(e.getMessage(), e);
            }
            switch (result.outcome()) {
                case WRITTEN -> getLog().info("Wrote " + result.file());
                case UNCHANGED -> getLog().info("Unchanged " + result.file());
                case OVERWRITTEN -> getLog().warn("Overwrote " + result.file() + ", edited since it was generated");
                case KEPT_EDITED -> getLog().warn("Kept " + result.file() + ": it was edited since it was generated"
                        + " (-Dtypedoo.overwrite=true replaces it)");
            }
        }
    }
}
