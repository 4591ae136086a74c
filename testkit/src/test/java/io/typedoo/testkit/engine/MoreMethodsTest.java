package io.typedoo.testkit.engine;

import static io.typedoo.testkit.engine.Calls.leaf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** copy, exists, name_create, read_group options, load=None, value conversions of dates and binaries. */
class MoreMethodsTest extends DemoDatabaseFixture {

    @Test
    void copyExistsAndNameCreate() {
        long tag = calls.create("todo.task.tag", Map.of("name", "t"));
        long task = calls.create("todo.task", Map.of("name", "Original", "tag_ids", List.of(tag), "priority", "1"));
        List<?> copies = (List<?>) calls.call("todo.task", "copy", List.of(task));
        long copy = (Long) copies.get(0);
        assertEquals(1, copies.size());
        assertEquals(Map.of("id", copy, "name", "Original", "tag_ids", List.of(tag), "priority", "1"),
                calls.readOne("todo.task", copy, "name", "tag_ids", "priority"));
        calls.call("todo.task", "unlink", List.of(task));
        assertEquals(List.of(copy), calls.call("todo.task", "exists", List.of(task, copy)));
        List<?> created = (List<?>) calls.call("todo.task.tag", "name_create", "quick");
        assertEquals("quick", created.get(1));
        assertEquals("quick", calls.readOne("todo.task.tag", (Long) created.get(0), "name").get("name"));
    }

    @Test
    void readGroupCountsSumsAndNonLazyKeys() {
        calls.create("todo.task", Map.of("name", "a", "priority", "1"));
        calls.create("todo.task", Map.of("name", "b", "priority", "1"));
        calls.create("todo.task", Map.of("name", "c", "priority", "0", "user_id", 6L));
        assertEquals(List.of(
                Map.of("priority", "0", "__count", 1L, "__domain", List.of(List.of("priority", "=", "0"))),
                Map.of("priority", "1", "__count", 2L, "__domain", List.of(List.of("priority", "=", "1")))),
                calls.admin("todo.task", "read_group", List.of(List.of(), List.of("priority"), List.of("priority")),
                        Map.of("lazy", false)));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> byUser = (List<Map<String, Object>>) calls.admin("todo.task", "read_group",
                List.of(List.of(leaf("name", "!=", false)), List.of("user_id"), List.of("user_id", "priority")),
                Map.of());
        assertEquals(List.of(6L, "Marc Demo"), byUser.get(0).get("user_id"));
        assertEquals(Map.of("group_by", List.of("priority")), byUser.get(1).get("__context"));
        assertEquals(2L, byUser.get(1).get("user_id_count"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sums = (List<Map<String, Object>>) calls.admin("res.partner", "read_group",
                List.of(List.of(leaf("id", "in", List.of(9L, 10L))), List.of("color:sum"), List.of("is_company")),
                Map.of());
        assertEquals(0L, sums.get(0).get("color"));
        assertEquals(2L, sums.get(0).get("is_company_count"));
    }

    @Test
    void readGroupBucketsDatesByPeriod() {
        calls.create("todo.task", Map.of("name", "a", "date_deadline", "2026-12-31"));
        calls.create("todo.task", Map.of("name", "b", "date_deadline", "2026-12-01"));
        calls.create("todo.task", Map.of("name", "c", "date_deadline", "2027-01-15"));
        calls.create("todo.task", Map.of("name", "d"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> months = (List<Map<String, Object>>) calls.call("todo.task", "read_group",
                List.of(), List.of("name"), List.of("date_deadline"));
        assertEquals(List.of("December 2026", "January 2027", false),
                months.stream().map(g -> g.get("date_deadline")).toList());
        assertEquals(List.of(2L, 1L, 1L), months.stream().map(g -> g.get("date_deadline_count")).toList());
        assertEquals(List.of("&", List.of("date_deadline", ">=", "2026-12-01"),
                List.of("date_deadline", "<", "2027-01-01")), months.get(0).get("__domain"));
        assertEquals(Map.of("date_deadline", Map.of("from", "2026-12-01", "to", "2027-01-01")),
                months.get(0).get("__range"));
        assertEquals(List.of(List.of("date_deadline", "=", false)), months.get(2).get("__domain"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> years = (List<Map<String, Object>>) calls.admin("todo.task", "read_group",
                List.of(List.of(Calls.leaf("name", "!=", "d")), List.of(), List.of("date_deadline:year")),
                Map.of("orderby", "date_deadline desc"));
        assertEquals(List.of("2027", "2026"), years.stream().map(g -> g.get("date_deadline:year")).toList());
        assertEquals(List.of("&", List.of("name", "!=", "d"), "&", List.of("date_deadline", ">=", "2027-01-01"),
                List.of("date_deadline", "<", "2028-01-01")), years.get(0).get("__domain"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> weeks = (List<Map<String, Object>>) calls.call("todo.task", "read_group",
                List.of(Calls.leaf("date_deadline", "!=", false)), List.of(), List.of("date_deadline:week"));
        assertEquals(List.of("W49 2026", "W53 2026", "W2 2027"), weeks.stream().map(g -> g.get("date_deadline:week"))
                .toList());
    }

    @Test
    void valuesConvertAsOdooStoresThem() {
        long task = calls.create("todo.task", Map.of("name", "dates", "date_deadline", "2027-01-15 10:00:00"));
        assertEquals("2027-01-15", calls.readOne("todo.task", task, "date_deadline").get("date_deadline"));
        calls.call("res.partner", "write", List.of(13L), Map.of("image_128", "aGVsbG8=", "color", 3.0));
        Map<String, Object> partner = calls.readOne("res.partner", 13, "image_128", "color", "user_id");
        assertEquals("aGVsbG8=", partner.get("image_128"));
        assertEquals(3L, partner.get("color"));
        assertEquals(List.of(Map.of("id", 9L, "user_id", List.of(2L, "Mitchell Admin"))),
                calls.read("res.partner", List.of(9L), "user_id"));
        Map<String, Object> kwargs = new HashMap<>();
        kwargs.put("fields", List.of("user_id"));
        kwargs.put("load", null);
        assertEquals(List.of(Map.of("id", 9L, "user_id", 2L)), calls.admin("res.partner", "read",
                List.of(List.of(9L)), kwargs));
        assertEquals(List.of(Map.of("id", 9.0, "name", "Wood Corner")), calls.admin("res.partner", "read",
                List.of(List.of(9.0)), Map.of("fields", List.of("name"))));
    }
}
