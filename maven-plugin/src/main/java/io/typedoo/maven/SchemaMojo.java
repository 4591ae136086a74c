package io.typedoo.maven;

import io.typedoo.client.OdooClient;
import io.typedoo.codegen.SchemaSnapshot;
import java.io.File;
import java.io.UncheckedIOException;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@code typedoo-schema/1} snapshot of the {@code fields_get} of {@code models}, the file the annotation
 * processor checks {@code @OdooModel} interfaces against ({@code -Atypedoo.schema}). Runs only when asked
 * ({@code mvn typedoo:schema}); check the file in, so that builds are reproducible without the server.
 */
@Mojo(name = "schema", threadSafe = true)
public class SchemaMojo extends ServerMojo {

    /** The technical names of the models, such as {@code todo.task}. */
    @Parameter(property = "typedoo.models", required = true)
    @Nullable List<String> models;

    /** The snapshot file. */
    @Parameter(property = "typedoo.schemaFile", defaultValue = "${project.basedir}/odoo-schema.json", required = true)
    @Nullable File schemaFile;

    /** Maven creates the goal, with its decrypter for {@code settings.xml} passwords. */
    @Inject
    public SchemaMojo(@Nullable SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    String goal() {
        return "typedoo:schema";
    }

    @Override
    String offlineFallback() {
        return "the committed snapshot " + schemaFile + " stays as it is";
    }

    @Override
    void execute(OdooClient client) throws MojoExecutionException {
        List<String> names = Parameters.models(models, goal());
        File file = Parameters.file(schemaFile, "schemaFile", goal());
        SchemaSnapshot snapshot = SchemaSnapshot.take(client, names, () -> { });
        try {
            snapshot.write(file.toPath());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        getLog().info("Wrote the fields of " + names.size() + " model(s) of " + client.url() + " (Odoo "
                + snapshot.serverVersion() + ") to " + file);
    }
}
