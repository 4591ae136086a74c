package io.typedoo.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.typedoo.client.OdooClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import io.typedoo.testkit.junit.OdooTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots taken from the embedded server, written, read back, and compared with a changed server. */
@OdooTest
class SchemaSnapshotTest {

    @TempDir
    Path dir;

    @Test
    void aSnapshotReadsBackAsItWasWritten(OdooClient odoo) throws Exception {
        AtomicInteger progress = new AtomicInteger();
        SchemaSnapshot taken = SchemaSnapshot.take(odoo, List.of("todo.task", "todo.task.tag"),
                progress::incrementAndGet);
        assertEquals(2, progress.get());
        Path file = dir.resolve("schema/odoo-schema.json");
        taken.write(file);

        String json = Files.readString(file);
        assertTrue(json.startsWith("{\n  \"format\" : \"typedoo-schema/1\",\n  \"models\" : {\n"), json);
        assertTrue(json.contains("\"label\" : \"To-do Task\""), json);
        SchemaSnapshot read = SchemaSnapshot.read(file);
        assertEquals(Set.of("todo.task", "todo.task.tag"), read.models());
        assertEquals("many2one", read.fields("todo.task").get("user_id").get("type"));
        assertEquals(taken.serverVersion(), read.serverVersion());
        assertEquals(json, read.toJson() + "\n");
        assertTrue(SchemaDrift.between(read, taken, Set.of()).changes().isEmpty());
    }

    @Test
    void driftListsWhatIsGoneOrRetypedAsBreakingAndAdditionsApart(OdooClient odoo) throws Exception {
        SchemaSnapshot live = SchemaSnapshot.take(odoo, List.of("todo.task"), () -> { });
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = new ObjectMapper().readValue(live.toJson(), Map.class);
        Map<String, Map<String, Object>> fields = fieldsOf(tree, "todo.task");
        fields.get("priority").put("type", "char");                      // retyped on the server since
        fields.put("legacy_code", Map.of("type", "char", "string", "Code")); // gone since
        fields.remove("date_deadline");                                  // added since
        fields.get("user_id").put("relation", "res.partner");            // points elsewhere now
        fields.get("name").put("required", false);                       // became required: not breaking
        @SuppressWarnings("unchecked")
        Map<String, Object> models = (Map<String, Object>) tree.get("models");
        models.put("x.gone", Map.of("label", "Gone", "fields", Map.of("name", Map.of("type", "char"))));
        Path file = dir.resolve("old.json");
        new ObjectMapper().writeValue(file.toFile(), tree);

        SchemaDrift drift = SchemaDrift.between(SchemaSnapshot.read(file), live, Set.of("x.gone"));

        assertEquals(List.of(
                "todo.task.legacy_code: the field is gone",
                "todo.task.priority: type char -> selection",
                "todo.task.user_id: relation res.partner -> res.users",
                "x.gone: the model is gone"),
                drift.breaking().stream().map(Object::toString).sorted().toList());
        assertEquals(List.of("todo.task.date_deadline: new field, date", "todo.task.name: now required"),
                drift.additions().stream().map(Object::toString).sorted().toList());
    }

    @Test
    void aFileThatIsNoSnapshotIsRefusedWithItsName() throws Exception {
        Path file = dir.resolve("not-a-snapshot.json");
        Files.writeString(file, "{\"format\": \"something/2\"}");
        SchemaSnapshotException wrongFormat = assertThrows(SchemaSnapshotException.class,
                () -> SchemaSnapshot.read(file));
        assertTrue(wrongFormat.getMessage().contains(file + ": it is not a typedoo-schema/1 snapshot"),
                wrongFormat.getMessage());

        Files.writeString(file, "{\"format\": ");
        assertTrue(assertThrows(SchemaSnapshotException.class, () -> SchemaSnapshot.read(file)).getMessage()
                .contains("it is not valid JSON"));
        assertTrue(assertThrows(SchemaSnapshotException.class, () -> SchemaSnapshot.read(dir.resolve("none.json")))
                .getMessage().endsWith("none.json: the file does not exist"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> fieldsOf(Map<String, Object> tree, String model) {
        Map<String, Object> models = (Map<String, Object>) tree.get("models");
        return (Map<String, Map<String, Object>>) ((Map<String, Object>) models.get(model)).get("fields");
    }
}
