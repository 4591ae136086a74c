package io.typedoo.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code typedoo:check}: a snapshot the server still matches passes; drift fails the build, listing it. */
@OdooTest
class CheckGoalTest {

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    private File snapshot(OdooTestServer server) throws Exception {
        File file = dir.resolve("odoo-schema.json").toFile();
        Goals.schema(server, new RecordingLog(), file, "todo.task", "todo.task.tag").execute();
        return file;
    }

    @Test
    void aSnapshotTheServerMatchesPasses(OdooTestServer server) throws Exception {
        File file = snapshot(server);
        Goals.check(server, log, file).execute();
        assertEquals("[INFO] The 2 model(s) of " + file + " match " + server.url(), log.text());
    }

    @Test
    void driftFailsTheBuildListingWhatChanged(OdooTestServer server) throws Exception {
        File file = snapshot(server);
        edit(file, tree -> {
            Map<String, Map<String, Object>> fields = fields(tree, "todo.task");
            fields.get("date_deadline").put("type", "datetime");               // retyped on the server since
            fields.put("legacy_code", Map.of("type", "char", "string", "Code")); // gone since
            fields.remove("priority");                                        // added since
            models(tree).put("x.retired", Map.of("label", "Retired", "fields", Map.of()));
        });

        MojoFailureException e = assertThrows(MojoFailureException.class, () -> Goals.check(server, log, file)
                .execute());
        assertEquals("The server " + server.url() + " (database demo) drifted from the schema snapshot " + file
                + ":\n  todo.task.date_deadline: type datetime -> date"
                + "\n  todo.task.legacy_code: the field is gone"
                + "\n  x.retired: the model is gone"
                + "\nRefresh the snapshot (mvn typedoo:schema), rebuild, and adapt the models the processor then"
                + " reports.", e.getMessage());
        assertEquals("[INFO] Added on the server since the snapshot: todo.task.priority: new field, selection",
                log.text());
    }

    @Test
    void additionsAloneAreInformational(OdooTestServer server) throws Exception {
        File file = snapshot(server);
        edit(file, tree -> fields(tree, "todo.task.tag").remove("name"));

        Goals.check(server, log, file).execute();
        assertTrue(log.lines.contains("[INFO] Added on the server since the snapshot: todo.task.tag.name: new"
                + " field, char"), log.text());
    }

    @Test
    void offlineTheCheckIsSkippedWithAMessage(OdooTestServer server) throws Exception {
        File file = dir.resolve("odoo-schema.json").toFile();
        CheckMojo mojo = Goals.check(server, log, file);
        Settings offline = new Settings();
        offline.setOffline(true);
        mojo.settings = offline;

        mojo.execute();
        assertEquals("[INFO] typedoo:check skipped: Maven is offline, so no server is asked; the build uses the"
                + " committed snapshot " + file + " unchecked", log.text());
    }

    private interface Edit {
        void apply(Map<String, Object> tree);
    }

    @SuppressWarnings("unchecked")
    private static void edit(File file, Edit edit) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> tree = json.readValue(file, Map.class);
        edit.apply(tree);
        json.writeValue(file, tree);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> models(Map<String, Object> tree) {
        return (Map<String, Object>) tree.get("models");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> fields(Map<String, Object> tree, String model) {
        return (Map<String, Map<String, Object>>) ((Map<String, Object>) models(tree).get(model)).get("fields");
    }
}
