package io.typedoo.testkit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Access rights per user, defaults (constant, callable, from the context), required fields, archiving. */
class AccessAndDefaultsTest extends DemoDatabaseFixture {

    @Test
    void defaultsIncludeTheCurrentUser() {
        long mine = (Long) calls.as(6, "demo", "todo.task", "create", List.of(Map.of("name", "demo's")), Map.of());
        Map<String, Object> task = calls.readOne("todo.task", mine, "user_id", "priority", "is_done", "active",
                "create_uid", "write_uid", "create_date");
        assertEquals(List.of(6L, "Marc Demo"), task.get("user_id"));
        assertEquals("0", task.get("priority"));
        assertEquals(false, task.get("is_done"));
        assertEquals(true, task.get("active"));
        assertEquals(List.of(6L, "Marc Demo"), task.get("create_uid"));
        assertEquals(19, ((String) task.get("create_date")).length());
        assertEquals(Map.of("user_id", 2L, "priority", "0", "active", true),
                calls.admin("todo.task", "default_get", List.of(List.of("user_id", "priority", "is_done", "active",
                        "name")), Map.of()));
        assertEquals(Map.of("priority", "1"), calls.admin("todo.task", "default_get", List.of(List.of("priority")),
                Map.of("context", Map.of("default_priority", "1"))));
        long fromContext = (Long) calls.admin("todo.task", "create", List.of(Map.of("name", "ctx")),
                Map.of("context", Map.of("default_priority", "1")));
        assertEquals("1", calls.readOne("todo.task", fromContext, "priority").get("priority"));
    }

    @Test
    void requiredFieldsCannotBeCleared() {
        long task = calls.create("todo.task", Map.of("name", "keep"));
        OdooError error = calls.fails("todo.task", "write", List.of(task), Map.of("name", false));
        assertEquals(OdooError.Kind.VALIDATION_ERROR, error.kind());
        assertEquals("keep", calls.readOne("todo.task", task, "name").get("name"));
    }

    @Test
    void badValuesAreRefused() {
        assertEquals("Wrong value for todo.task.priority: '7'",
                calls.fails("todo.task", "create", Map.of("name", "x", "priority", "7")).message());
        assertEquals("Invalid field 'nope' on model 'todo.task'",
                calls.fails("todo.task", "create", Map.of("name", "x", "nope", 1L)).message());
        assertEquals("builtins.ValueError",
                calls.fails("todo.task", "create", Map.of("name", "x", "date_deadline", "31/12/2026")).pythonClass());
        assertEquals(OdooError.Kind.VALIDATION_ERROR,
                calls.fails("todo.task", "create", Map.of("name", "x", "user_id", 999L)).kind());
    }

    @Test
    void aFailedCallChangesNothing() {
        long before = (Long) calls.call("todo.task", "search_count", List.of());
        // The second record is invalid: the first must not stay behind.
        calls.fails("todo.task", "create", List.of(Map.of("name", "ok"), Map.of("description", "no name")));
        assertEquals(before, calls.call("todo.task", "search_count", List.of()));
    }

    @Test
    void archivingHidesRecordsFromSearchesAndRelations() {
        long task = calls.create("todo.task", Map.of("name", "archive me"));
        calls.call("todo.task", "action_archive", List.of(task));
        assertEquals(List.of(), calls.search("todo.task", List.of()));
        calls.call("todo.task", "action_unarchive", List.of(task));
        assertEquals(List.of(task), calls.search("todo.task", List.of()));
        calls.call("res.partner", "write", List.of(18L), Map.of("active", false));
        assertEquals(List.of(33L, 17L), calls.readOne("res.partner", 9, "child_ids").get("child_ids"));
    }

    @Test
    void demoUserIsAnInternalUserWithoutAdminRights() {
        assertEquals(37L, calls.as(6, "demo", "res.partner", "search_count", List.of(List.of()), Map.of()));
        assertEquals(true, calls.as(6, "demo", "res.users", "check_access_rights", List.of("read"), Map.of()));
        assertEquals(false, calls.as(6, "demo", "res.users", "check_access_rights", List.of("write"),
                Map.of("raise_exception", false)));
        OdooError write = assertThrows(OdooError.class, () -> calls.as(6, "demo", "res.users", "write",
                List.of(List.of(6L), Map.of("name", "x")), Map.of()));
        assertEquals(OdooError.Kind.ACCESS_ERROR, write.kind());
        assertEquals("You are not allowed to modify 'User' (res.users) records.\n\nThis operation is allowed for the"
                + " following groups:\n\t- Administration/Access Rights\n\nContact your administrator to request"
                + " access if necessary.", write.message());
        OdooError install = assertThrows(OdooError.class, () -> calls.as(6, "demo", "ir.module.module",
                "button_immediate_install", List.of(List.of(14L)), Map.of()));
        assertEquals(OdooError.Kind.ACCESS_ERROR, install.kind());
    }

    @Test
    void portalUserCannotTouchTasksButCanReadPartners() {
        OdooError create = assertThrows(OdooError.class, () -> calls.as(7, "portal", "todo.task", "create",
                List.of(Map.of("name", "x")), Map.of()));
        assertEquals("You are not allowed to create 'To-do Task' (todo.task) records.\n\nThis operation is allowed"
                + " for the following groups:\n\t- User types/Internal User\n\nContact your administrator to request"
                + " access if necessary.", create.message());
        assertNotEquals(0L, calls.as(7, "portal", "res.partner", "search_count", List.of(List.of()), Map.of()));
    }

    @Test
    void archivedAndUnknownUsersAreDenied() {
        assertEquals(null, db.authenticate("__system__", ""));
        assertEquals(OdooError.Kind.ACCESS_DENIED, assertThrows(OdooError.class,
                () -> calls.as(99, "admin", "res.partner", "search", List.of(List.of()), Map.of())).kind());
        calls.call("res.users", "write", List.of(6L), Map.of("active", false));
        assertEquals(null, db.authenticate("demo", "demo"));
    }
}
