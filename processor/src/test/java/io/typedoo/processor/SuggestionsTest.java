package io.typedoo.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.typedoo.processor.schema.SchemaField;
import io.typedoo.processor.schema.SchemaModel;
import io.typedoo.processor.schema.Suggestions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Did you mean": the relation suffix rule first, then names within a few edits. */
class SuggestionsTest {

    private static final SchemaModel TASK = new SchemaModel("todo.task", "To-do Task", Map.of(
            "name", field("name", "char", null),
            "user_id", field("user_id", "many2one", "res.users"),
            "tag_ids", field("tag_ids", "many2many", "todo.task.tag"),
            "child_ids", field("child_ids", "one2many", "todo.task"),
            "date_deadline", field("date_deadline", "date", null),
            "is_done", field("is_done", "boolean", null)));

    private static SchemaField field(String name, String type, String relation) {
        return new SchemaField(name, type, relation, false, List.of());
    }

    @Test
    void relationSuffixes() {
        assertEquals("user_id", Suggestions.field("user", TASK));
        assertEquals("tag_ids", Suggestions.field("tags", TASK));
        assertEquals("tag_ids", Suggestions.field("tag", TASK));
        assertEquals("child_ids", Suggestions.field("child", TASK));
    }

    @Test
    void typos() {
        assertEquals("name", Suggestions.field("nmae", TASK));
        assertEquals("date_deadline", Suggestions.field("date_dealine", TASK));
        assertEquals("is_done", Suggestions.field("is_don", TASK));
        assertEquals("todo.task", Suggestions.closest("todo.tsk", List.of("res.users", "todo.task", "todo.task.tag")));
    }

    @Test
    void nothingCloseIsNoSuggestion() {
        assertNull(Suggestions.field("customer_reference", TASK));
        assertNull(Suggestions.field("date", TASK), "one edit per three letters: 'date' is not 'name'");
        assertNull(Suggestions.closest("sale.order", List.of("res.users", "todo.task")));
    }
}
