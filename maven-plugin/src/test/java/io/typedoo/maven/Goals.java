package io.typedoo.maven;

import io.typedoo.testkit.OdooTestServer;
import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.maven.settings.Settings;

/** The goals as Maven would configure them for the embedded server, secret from the environment. */
final class Goals {

    private Goals() {
    }

    static <T extends ServerMojo> T connected(T mojo, OdooTestServer server, RecordingLog log) {
        mojo.url = server.url();
        mojo.database = server.databaseName();
        mojo.login = "admin";
        mojo.environment = Map.of("TYPEDOO_PASSWORD", "admin");
        mojo.settings = new Settings();
        mojo.setLog(log);
        return mojo;
    }

    static SchemaMojo schema(OdooTestServer server, RecordingLog log, File file, String... models) {
        SchemaMojo mojo = connected(new SchemaMojo(null), server, log);
        mojo.schemaFile = file;
        mojo.models = List.of(models);
        return mojo;
    }

    static CheckMojo check(OdooTestServer server, RecordingLog log, File file) {
        CheckMojo mojo = connected(new CheckMojo(null), server, log);
        mojo.schemaFile = file;
        return mojo;
    }

    static GenerateMojo generate(OdooTestServer server, RecordingLog log, File root, String... models) {
        GenerateMojo mojo = connected(new GenerateMojo(null), server, log);
        mojo.outputDirectory = root;
        mojo.packageName = "com.example.odoo";
        mojo.models = List.of(models);
        return mojo;
    }
}
