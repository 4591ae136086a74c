package io.typedoo.testkit.engine;

import static io.typedoo.testkit.engine.Calls.domain;
import static io.typedoo.testkit.engine.Calls.leaf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The x2many write commands 0-6, on a many2many (todo.task.tag_ids) and a one2many (res.partner.child_ids). */
class X2manyCommandsTest {

    private final Database db = Database.demo();
    private final Calls calls = new Calls(db);

    @AfterEach
    void close() {
        db.close();
    }

    private Object tags(long task) {
        return calls.readOne("todo.task", task, "tag_ids").get("tag_ids");
    }

    private void writeTags(long task, Object commands) {
        assertEquals(true, calls.call("todo.task", "write", List.of(task), Map.of("tag_ids", commands)));
    }

    @Test
    void many2manyCommands() {
        long a = calls.create("todo.task.tag", Map.of("name", "a"));
        long b = calls.create("todo.task.tag", Map.of("name", "b"));
        long c = calls.create("todo.task.tag", Map.of("name", "c"));
        long task = calls.create("todo.task", Map.of("name", "t", "tag_ids", List.of(List.of(4L, a))));
        assertEquals(List.of(a), tags(task));
        writeTags(task, List.of(List.of(6L, 0L, List.of(b, c))));
        assertEquals(List.of(b, c), tags(task));
        writeTags(task, List.of(List.of(3L, b, 0L)));
        assertEquals(List.of(c), tags(task));
        writeTags(task, List.of(List.of(0L, 0L, Map.of("name", "new"))));
        List<?> withNew = (List<?>) tags(task);
        assertEquals(2, withNew.size());
        long created = (Long) withNew.get(1);
        assertEquals("new", calls.readOne("todo.task.tag", created, "name").get("name"));
        writeTags(task, List.of(List.of(1L, created, Map.of("name", "renamed"))));
        assertEquals("renamed", calls.readOne("todo.task.tag", created, "name").get("name"));
        writeTags(task, List.of(List.of(2L, created)));
        assertEquals(List.of(c), tags(task));
        assertEquals(List.of(), calls.read("todo.task.tag", List.of(created), "name"));
        writeTags(task, List.of(List.of(5L)));
        assertEquals(List.of(), tags(task));
        writeTags(task, List.of(a, b));
        assertEquals(List.of(a, b), tags(task));
        writeTags(task, false);
        assertEquals(List.of(), tags(task));
        writeTags(task, List.of(a, b));
        // Deleting a tag removes it from every task.
        calls.call("todo.task.tag", "unlink", List.of(a));
        assertEquals(List.of(b), tags(task));
        OdooError missingTarget = calls.fails("todo.task", "write", List.of(task),
                Map.of("tag_ids", List.of(List.of(4L, 999L))));
        assertEquals(OdooError.Kind.VALIDATION_ERROR, missingTarget.kind());
        assertEquals(List.of(b), tags(task));
        assertEquals("builtins.ValueError", calls.fails("todo.task", "write", List.of(task),
                Map.of("tag_ids", List.of(List.of(9L, 1L)))).pythonClass());
    }

    @Test
    void one2manyCommandsMoveTheInverse() {
        long company = calls.create("res.partner", Map.of("name", "Acme", "is_company", true,
                "child_ids", List.of(List.of(0L, 0L, Map.of("name", "Ann")), List.of(0L, 0L, Map.of("name", "Bob")))));
        @SuppressWarnings("unchecked")
        List<Long> children = (List<Long>) calls.readOne("res.partner", company, "child_ids").get("child_ids");
        assertEquals(2, children.size());
        assertEquals(List.of(company, "Acme"), calls.readOne("res.partner", children.get(0), "parent_id")
                .get("parent_id"));
        assertEquals("Acme, Ann", calls.readOne("res.partner", children.get(0), "display_name").get("display_name"));
        calls.call("res.partner", "write", List.of(company), Map.of("child_ids", List.of(List.of(3L, children.get(0)))));
        assertEquals(false, calls.readOne("res.partner", children.get(0), "parent_id").get("parent_id"));
        calls.call("res.partner", "write", List.of(company), Map.of("child_ids", List.of(List.of(4L, 40L))));
        assertEquals(List.of(company, "Acme"), calls.readOne("res.partner", 40, "parent_id").get("parent_id"));
        calls.call("res.partner", "write", List.of(company), Map.of("child_ids",
                List.of(List.of(6L, 0L, List.of(children.get(0))))));
        assertEquals(List.of(children.get(0)), calls.readOne("res.partner", company, "child_ids").get("child_ids"));
        calls.call("res.partner", "write", List.of(company), Map.of("child_ids", List.of(List.of(5L))));
        assertEquals(List.of(), calls.readOne("res.partner", company, "child_ids").get("child_ids"));
        assertTrue(calls.search("res.partner", domain(leaf("parent_id", "=", company))).isEmpty());
    }

    @Test
    void unlinkClearsManyToOneReferences() {
        long company = calls.create("res.partner", Map.of("name", "Gone Inc", "is_company", true));
        long contact = calls.create("res.partner", Map.of("name", "Left", "parent_id", company));
        calls.call("res.partner", "unlink", List.of(company));
        assertEquals(false, calls.readOne("res.partner", contact, "parent_id").get("parent_id"));
    }
}
