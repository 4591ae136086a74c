package io.typedoo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate, fields and schema from the fields_get answer a real Odoo 18 gave for todo.task (xmlrpc/12). */
class RecordedSchemaTest {

    @TempDir
    Path dir;

    private static RecordedOdoo odoo() {
        return RecordedOdoo.start()
                .when("<methodName>version<", "01-version")
                .when("authenticate", "02-authenticate")
                .when(">ir.model<", "24-read-deleted-returns-empty") // no labels: an empty list
                .when("fields_get", "12-fields-get");
    }

    private CliRunner.Result run(RecordedOdoo odoo, String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--server", odoo.url(), "-d", "demo"}, 0, all, args.length, 4);
        return new CliRunner(dir).variable("TYPEDOO_PASSWORD", "admin").run(all);
    }

    @Test
    void generateWritesTheInterfaceUnderThePackage() throws Exception {
        try (RecordedOdoo odoo = odoo()) {
            Path out = dir.resolve("src");
            CliRunner.Result result = run(odoo, "generate", "todo.task", "--package", "com.example.odoo", "--out",
                    out.toString());
            assertEquals(0, result.exitCode(), result.toString());
            Path file = out.resolve("com/example/odoo/TodoTask.java");
            assertEquals(file.toString(), result.out().strip());
            String source = Files.readString(file);
            assertTrue(source.contains("@OdooModel(\"todo.task\")") && source.contains("String name();")
                    && source.contains("@Nullable Long userId();") && source.contains("List<Long> tagIds();")
                    && source.contains("enum Priority implements OdooSelection"), source);
            assertEquals("", result.err(), "no progress bar when not on a terminal");
        }
    }

    @Test
    void progressBarOnATerminal() {
        try (RecordedOdoo odoo = odoo()) {
            CliRunner.Result result = new CliRunner(dir).variable("TYPEDOO_PASSWORD", "admin").terminal(true)
                    .run("generate", "todo.task", "--package", "p", "--out", dir.resolve("p").toString(),
                            "--server", odoo.url(), "-d", "demo");
            assertEquals(0, result.exitCode(), result.toString());
            assertTrue(result.err().contains("Generating [") && result.err().contains("1/1"), result.toString());
        }
    }

    @Test
    void schemaSnapshotsTheFieldsAsTheServerSentThem() throws Exception {
        try (RecordedOdoo odoo = odoo()) {
            CliRunner.Result result = run(odoo, "schema", "todo.task");
            assertEquals(0, result.exitCode(), result.toString());
            JsonNode snapshot = new ObjectMapper().readTree(result.out());
            assertEquals("typedoo-schema/1", snapshot.get("format").asText());
            assertEquals("18.0", snapshot.get("server_version").asText());
            JsonNode fields = snapshot.get("models").get("todo.task").get("fields");
            assertEquals("char", fields.get("name").get("type").asText());
            assertTrue(fields.get("name").get("required").asBoolean());
            assertEquals("todo.task.tag", fields.get("tag_ids").get("relation").asText());
            assertEquals("High", fields.get("priority").get("selection").get(1).get(1).asText());

            Path file = dir.resolve("schema.json");
            assertEquals(0, run(odoo, "schema", "todo.task", "-o", file.toString()).exitCode());
            assertEquals(snapshot, new ObjectMapper().readTree(file.toFile()));
        }
    }

    @Test
    void fieldsListsTheFieldsSorted() {
        try (RecordedOdoo odoo = odoo()) {
            CliRunner.Result result = run(odoo, "fields", "todo.task");
            assertEquals(0, result.exitCode(), result.toString());
            String[] lines = result.out().split("\\R");
            assertTrue(lines[0].matches("FIELD +TYPE +RELATION +FLAGS +LABEL"), lines[0]);
            assertTrue(lines[2].startsWith("active "), result.out());
            assertTrue(result.out().contains("priority       selection  0|1"), result.out());
            assertTrue(result.out().lines().anyMatch(l -> l.matches("name +char +required +Title")), result.out());
            assertTrue(result.out().lines().anyMatch(l -> l.matches("user_id +many2one +res.users +Responsible")),
                    result.out());
        }
    }
}
