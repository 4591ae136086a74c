package io.typedoo.maven;

import io.typedoo.client.OdooClient;
import io.typedoo.codegen.SchemaDrift;
import io.typedoo.codegen.SchemaReader;
import io.typedoo.codegen.SchemaSnapshot;
import io.typedoo.codegen.SchemaSnapshotException;
import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.jspecify.annotations.Nullable;

/**
 * Compares the committed schema snapshot with the live server and fails the build when the server drifted in a
 * way that breaks code generated or checked against the snapshot: a model or field gone, a field retyped, a
 * relation pointing elsewhere, a field no longer required, a selection value gone. Additions (new fields, new
 * selection values) are listed and do not fail the build.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends ServerMojo {

    /** The committed snapshot. */
    @Parameter(property = "typedoo.schemaFile", defaultValue = "${project.basedir}/odoo-schema.json", required = true)
    @Nullable File schemaFile;

    /** Maven creates the goal, with its decrypter for {@code settings.xml} passwords. */
    @Inject
    public CheckMojo(@Nullable SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    String goal() {
        return "typedoo:check";
    }

    @Override
    String offlineFallback() {
        return "the build uses the committed snapshot " + schemaFile + " unchecked";
    }

    @Override
    void execute(OdooClient client) throws MojoExecutionException, MojoFailureException {
        File file = Parameters.file(schemaFile, "schemaFile", goal());
        SchemaSnapshot committed;
        try {
            committed = SchemaSnapshot.read(file.toPath());
        } catch (SchemaSnapshotException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        List<String> models = new ArrayList<>(committed.models());
        Set<String> gone = new HashSet<>(models);
        gone.removeAll(new SchemaReader(client).labels(models).keySet());
        models.removeAll(gone);
        SchemaDrift drift = SchemaDrift.between(committed, SchemaSnapshot.take(client, models, () -> { }), gone);

        for (SchemaDrift.Change addition : drift.additions()) {
            getLog().info("Added on the server since the snapshot: " + addition);
        }
        if (drift.breaking().isEmpty()) {
            getLog().info("The " + committed.models().size() + " model(s) of " + file + " match " + client.url());
            return;
        }
        StringBuilder message = new StringBuilder("The server ").append(client.url()).append(" (database ")
                .append(client.database()).append(") drifted from the schema snapshot ").append(file).append(':');
        for (SchemaDrift.Change change : drift.breaking()) {
            message.append("\n  ").append(change);
        }
        message.append("\nRefresh the snapshot (mvn typedoo:schema), rebuild, and adapt the models the processor"
                + " then reports.");
        throw new MojoFailureException(message.toString());
    }
}
