package io.typedoo.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.processor.schema.Schema;
import io.typedoo.processor.schema.SchemaException;
import io.typedoo.processor.schema.SchemaField;
import io.typedoo.processor.schema.SchemaLoader;
import io.typedoo.processor.schema.SchemaModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading typedoo-schema/1 files: what the checks need, tolerant of what they do not, strict about the shape. */
class SchemaLoaderTest {

    @TempDir
    Path dir;

    private Path write(String json) throws Exception {
        return Files.writeString(dir.resolve("schema.json"), json);
    }

    @Test
    void readsTheRecordedTodoTask() throws Exception {
        Schema schema = SchemaLoader.load(Path.of(getClass().getResource("/schema/odoo-schema.json").toURI()));
        SchemaModel task = schema.model("todo.task");
        assertEquals("To-do Task", task.label());
        assertEquals(14, task.fields().size());
        assertEquals(new SchemaField("user_id", "many2one", "res.users", false, List.of()),
                task.fields().get("user_id"));
        assertEquals(List.of("0", "1"), task.fields().get("priority").selection());
        assertTrue(task.fields().get("name").required());
    }

    @Test
    void toleratesNullLabelsUnknownAttributesAndFalseSelections() throws Exception {
        // A server without ir.model access gives no labels; "help" and future attributes are not used.
        Schema schema = SchemaLoader.load(write("""
                {"format": "typedoo-schema/1", "server_version": "19.0", "models": {"x.y": {"label": null,
                 "fields": {"state": {"type": "selection", "selection": false, "help": "h", "company_dependent": true},
                            "partner_id": {"type": "many2one", "relation": false}}}}}
                """));
        SchemaModel model = schema.model("x.y");
        assertNull(model.label());
        assertEquals(List.of(), model.fields().get("state").selection());
        assertNull(model.fields().get("partner_id").relation());
    }

    @Test
    void refusesWhatIsNotASnapshot() throws Exception {
        assertEquals("field x.y.name has no \"type\"", assertThrows(SchemaException.class, () -> SchemaLoader.load(
                write("{\"format\": \"typedoo-schema/1\", \"models\": {\"x.y\": {\"fields\": {\"name\": {}}}}}")))
                .getMessage());
        assertEquals("\"models\" is not a JSON object", assertThrows(SchemaException.class,
                () -> SchemaLoader.load(write("{\"format\": \"typedoo-schema/1\", \"models\": []}"))).getMessage());
        assertEquals("its \"format\" is missing, not \"typedoo-schema/1\"", assertThrows(SchemaException.class,
                () -> SchemaLoader.load(write("{\"models\": {}}"))).getMessage());
        assertEquals("the file is empty", assertThrows(SchemaException.class,
                () -> SchemaLoader.load(write(""))).getMessage());
        assertTrue(assertThrows(SchemaException.class, () -> SchemaLoader.load(write("{} {}"))).getMessage()
                .startsWith("more than one JSON value"));
    }
}
