package io.typedoo.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.codegen.SchemaSnapshot;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code typedoo:schema} against the embedded server: where the secret comes from, offline, failures. */
@OdooTest
class SchemaGoalTest {

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    @Test
    void writesTheSnapshotOfTheModels(OdooTestServer server) throws Exception {
        File file = dir.resolve("odoo-schema.json").toFile();
        Goals.schema(server, log, file, "todo.task", "todo.task.tag").execute();

        SchemaSnapshot snapshot = SchemaSnapshot.read(file.toPath());
        assertEquals(Set.of("todo.task", "todo.task.tag"), snapshot.models());
        assertEquals("selection", snapshot.fields("todo.task").get("priority").get("type"));
        assertEquals("[INFO] Wrote the fields of 2 model(s) of " + server.url() + " (Odoo "
                + snapshot.serverVersion() + ") to " + file, log.text());
    }

    @Test
    void takesTheLoginAndPasswordFromASettingsServerEntry(OdooTestServer server) throws Exception {
        File file = dir.resolve("from-settings.json").toFile();
        SchemaMojo mojo = Goals.schema(server, log, file, "todo.task");
        Server entry = new Server();
        entry.setId("odoo-demo");
        entry.setUsername("demo");
        entry.setPassword("demo");
        mojo.settings.addServer(entry);
        mojo.serverId = "odoo-demo";
        mojo.login = null;
        mojo.environment = Map.of();

        mojo.execute();
        assertTrue(file.exists());
    }

    @Test
    void anApiKeyVariableWinsOverThePasswordVariable(OdooTestServer server) {
        SchemaMojo mojo = Goals.schema(server, log, dir.resolve("s.json").toFile(), "todo.task");
        mojo.environment = Map.of("TYPEDOO_API_KEY", "not-a-key", "TYPEDOO_PASSWORD", "admin");

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("typedoo:schema failed: "), e.getMessage());
        assertFalse(e.getMessage().contains("not-a-key"), e.getMessage());
    }

    @Test
    void withoutASecretTheGoalSaysWhereToPutOne(OdooTestServer server) {
        SchemaMojo mojo = Goals.schema(server, log, dir.resolve("s.json").toFile(), "todo.task");
        mojo.environment = Map.of();

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("typedoo:schema needs the password or an API key of " + server.url() + ": set the environment"
                + " variable TYPEDOO_API_KEY or TYPEDOO_PASSWORD, or name a <server> of settings.xml with serverId"
                + " (never in the pom)", e.getMessage());
    }

    @Test
    void anUnknownSettingsServerIsNamed(OdooTestServer server) {
        SchemaMojo mojo = Goals.schema(server, log, dir.resolve("s.json").toFile(), "todo.task");
        mojo.serverId = "nowhere";
        assertEquals("settings.xml has no <server> with the id 'nowhere'",
                assertThrows(MojoExecutionException.class, mojo::execute).getMessage());
    }

    @Test
    void offlineTheGoalAsksNoServerAndSaysSo(OdooTestServer server) throws Exception {
        File file = dir.resolve("committed.json").toFile();
        Files.writeString(file.toPath(), "committed");
        SchemaMojo mojo = Goals.schema(server, log, file, "todo.task");
        Settings offline = new Settings();
        offline.setOffline(true);
        mojo.settings = offline;
        server.resetRequestCount();

        mojo.execute();
        assertEquals("[INFO] typedoo:schema skipped: Maven is offline, so no server is asked; the committed"
                + " snapshot " + file + " stays as it is", log.text());
        assertEquals("committed", Files.readString(file.toPath()));
        assertEquals(0, server.requestCount());
    }

    @Test
    void aWrongPasswordFailsWithoutShowingIt(OdooTestServer server) {
        SchemaMojo mojo = Goals.schema(server, log, dir.resolve("s.json").toFile(), "todo.task");
        mojo.environment = Map.of("TYPEDOO_PASSWORD", "wrong-secret");

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains(server.url()), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-secret"), e.getMessage());
    }

    @Test
    void anUnknownModelFailsNamingIt(OdooTestServer server) {
        SchemaMojo mojo = Goals.schema(server, log, dir.resolve("s.json").toFile(), "todo.tsk");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("todo.tsk"), e.getMessage());
    }
}
