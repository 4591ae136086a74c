package io.typedoo.testkit.engine;

import static io.typedoo.testkit.engine.Calls.leaf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Odoo 17+'s web_search_read and web_read with a nested specification. */
class WebReadTest extends DemoDatabaseFixture {

    @Test
    void nestedSpecificationInlinesRelatedRecords() {
        long home = calls.create("todo.task.tag", Map.of("name", "home"));
        long task = calls.create("todo.task", Map.of("name", "Buy milk", "tag_ids", List.of(home)));
        calls.create("todo.task", Map.of("name", "Other"));
        Map<String, Object> spec = Map.of("name", Map.of(), "user_id", Map.of("fields", Map.of("name", Map.of())),
                "tag_ids", Map.of("fields", Map.of("name", Map.of())));
        Object answer = calls.admin("todo.task", "web_search_read", List.of(List.of(leaf("name", "ilike", "milk"))),
                Map.of("specification", spec));
        assertEquals(Map.of("length", 1L, "records", List.of(Map.of("id", task, "name", "Buy milk",
                "user_id", Map.of("id", 2L, "name", "Mitchell Admin"),
                "tag_ids", List.of(Map.of("id", home, "name", "home"))))), answer);
    }

    @Test
    void withoutSubFieldsRelationsAreIds() {
        long task = calls.create("todo.task", Map.of("name", "Plain"));
        Object answer = calls.admin("todo.task", "web_read", List.of(List.of(task)),
                Map.of("specification", Map.of("user_id", Map.of(), "tag_ids", Map.of())));
        assertEquals(List.of(Map.of("id", task, "user_id", 2L, "tag_ids", List.of())), answer);
    }

    @Test
    void lengthCountsAllMatchesWhenALimitCutsThemAndX2manyRecordsPastTheLimitAreIdsOnly() {
        @SuppressWarnings("unchecked")
        Map<String, Object> page = (Map<String, Object>) calls.admin("res.partner", "web_search_read",
                List.of(List.of(leaf("is_company", "=", true))), Map.of("specification",
                        Map.of("display_name", Map.of(), "child_ids", Map.of("fields", Map.of("name", Map.of()),
                                "limit", 1L)), "limit", 2L, "order", "name desc"));
        assertEquals(9L, page.get("length"));
        List<?> records = (List<?>) page.get("records");
        assertEquals(Map.of("id", 1L, "display_name", "YourCompany", "child_ids",
                List.of(Map.of("id", 7L, "name", "Marc Demo"), Map.of("id", 3L))), records.get(0));
        assertEquals(2, records.size());
    }

    @Test
    void unknownFieldsInTheSpecificationFail() {
        assertEquals("Invalid field 'nope' on model 'todo.task'", calls.fails("todo.task", "web_search_read",
                List.of(), Map.of("nope", Map.of())).message());
    }
}
