package io.typedoo.testkit.engine;

import static io.typedoo.testkit.engine.Calls.domain;
import static io.typedoo.testkit.engine.Calls.leaf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine answers the requests of odoo-wire/xmlrpc with the recorded values and errors. */
class TranscriptBehaviourTest extends DemoDatabaseFixture {

    @Test
    void authenticatesPasswordsAndTheApiKey() {
        assertEquals(2L, db.authenticate("admin", "admin"));
        assertNull(db.authenticate("admin", "wrong-password"));
        assertEquals(6L, db.authenticate("demo", "demo"));
        assertEquals(7L, db.authenticate("portal", "portal"));
        assertEquals(2L, db.authenticate("admin", "4daaea4e5ca0d8d0cd97404056ed5a81f9264b86"));
        assertEquals(9L, calls.as(2, "4daaea4e5ca0d8d0cd97404056ed5a81f9264b86", "res.partner", "search_count",
                List.of(List.of(leaf("is_company", "=", true))), Map.of()));
        OdooError denied = assertThrows(OdooError.class,
                () -> calls.as(2, "wrong", "res.partner", "search_count", List.of(List.of()), Map.of()));
        assertEquals(OdooError.Kind.ACCESS_DENIED, denied.kind());
        assertEquals("Access Denied", denied.message());
    }

    @Test
    void countsAndSearchesPartnersAsRecorded() {
        assertEquals(37L, calls.call("res.partner", "search_count", List.of()));
        assertEquals(41L, calls.admin("res.partner", "search_count", List.of(List.of()),
                Map.of("context", Map.of("lang", "en_US", "active_test", false))));
        assertEquals(List.of(11L, 13L, 9L, 1L), calls.search("res.partner",
                domain("|", leaf("name", "ilike", "wood"), "!", leaf("email", "ilike", "example.com"))));
        assertEquals(List.of(9L, 14L, 12L), calls.admin("res.partner", "search",
                List.of(List.of(leaf("is_company", "=", true))), Map.of("offset", 1L, "limit", 3L,
                        "order", "name desc")));
        assertEquals(List.of(15L, 10L, 11L, 16L, 13L, 12L, 14L, 9L, 1L), calls.admin("res.partner", "search",
                List.of(List.of(leaf("is_company", "=", true))), Map.of("limit", 1099511627776L)));
        assertEquals(List.of(15L, 10L), calls.call("res.partner", "search",
                List.of(leaf("is_company", "=", true)), 0L, 2L));
    }

    @Test
    void readsFieldTypesAndEmptyValues() {
        List<Map<String, Object>> rows = calls.read("res.partner", List.of(9L, 18L), "name", "parent_id",
                "country_id", "child_ids", "category_id", "partner_latitude", "is_company", "type", "email",
                "color");
        Map<String, Object> wood = rows.get(0);
        assertEquals("Wood Corner", wood.get("name"));
        assertEquals(false, wood.get("parent_id"));
        assertEquals(List.of(233L, "United States"), wood.get("country_id"));
        assertEquals(List.of(18L, 33L, 17L), wood.get("child_ids"));
        assertEquals(List.of(7L, 6L), wood.get("category_id"));
        assertEquals(0.0, wood.get("partner_latitude"));
        assertEquals(true, wood.get("is_company"));
        assertEquals("contact", wood.get("type"));
        assertEquals("wood.corner26@example.com", wood.get("email"));
        assertEquals("ron.gibson76@example.com", rows.get(1).get("email"));
        assertEquals(0L, wood.get("color"));
        assertEquals(List.of(9L, "Wood Corner"), rows.get(1).get("parent_id"));
        assertEquals(List.of(), rows.get(1).get("child_ids"));

        Map<String, Object> openWood = calls.readOne("res.partner", 13, "name", "parent_id", "user_id", "function",
                "website", "comment", "ref", "vat", "child_ids", "category_id", "partner_latitude", "is_company",
                "title", "lang");
        assertEquals(Map.ofEntries(Map.entry("id", 13L), Map.entry("name", "OpenWood"),
                Map.entry("parent_id", false), Map.entry("user_id", false), Map.entry("function", false),
                Map.entry("website", "http://www.openwood.example.com"), Map.entry("comment", false),
                Map.entry("ref", false), Map.entry("vat", false), Map.entry("child_ids", List.of()),
                Map.entry("category_id", List.of()), Map.entry("partner_latitude", 0.0),
                Map.entry("is_company", true), Map.entry("title", false), Map.entry("lang", "en_US")), openWood);
        assertEquals(List.of(Map.of("id", 9L, "display_name", "Wood Corner"),
                Map.of("id", 18L, "display_name", "Wood Corner, Ron Gibson")),
                calls.read("res.partner", List.of(9L, 18L), "display_name"));
        assertTrue(((String) calls.readOne("res.partner", 1, "image_128").get("image_128")).startsWith("iVBOR"));
    }

    @Test
    void writesFloatsAndSearchReads() {
        assertEquals(true, calls.call("res.partner", "write", List.of(9L),
                Map.of("partner_latitude", 50.8503, "partner_longitude", 4.3517)));
        assertEquals(50.8503, calls.readOne("res.partner", 9, "partner_latitude").get("partner_latitude"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) calls.admin("res.partner", "search_read",
                List.of(List.of(leaf("is_company", "=", true))), Map.of("fields", List.of("name", "country_id"),
                        "limit", 3L, "order", "id"));
        assertEquals(List.of(1L, 9L, 10L), rows.stream().map(r -> r.get("id")).toList());
        assertEquals(List.of("id", "name", "country_id"), List.copyOf(rows.get(0).keySet()));
    }

    @Test
    void fieldsGetOfTodoTaskEqualsTheRecordedAnswer() {
        Object answer = calls.admin("todo.task", "fields_get", List.of(), Map.of("attributes",
                List.of("string", "type", "required", "readonly", "relation", "selection")));
        Map<String, Object> expected = new java.util.LinkedHashMap<>();
        expected.put("name", Map.of("readonly", false, "required", true, "string", "Title", "type", "char"));
        expected.put("is_done", Map.of("readonly", false, "required", false, "string", "Done", "type", "boolean"));
        expected.put("active", Map.of("readonly", false, "required", false, "string", "Active", "type", "boolean"));
        expected.put("user_id", Map.of("readonly", false, "relation", "res.users", "required", false,
                "string", "Responsible", "type", "many2one"));
        expected.put("date_deadline", Map.of("readonly", false, "required", false, "string", "Deadline",
                "type", "date"));
        expected.put("priority", Map.of("readonly", false, "required", false, "selection",
                List.of(List.of("0", "Normal"), List.of("1", "High")), "string", "Priority", "type", "selection"));
        expected.put("description", Map.of("readonly", false, "required", false, "string", "Description",
                "type", "text"));
        expected.put("tag_ids", Map.of("readonly", false, "relation", "todo.task.tag", "required", false,
                "string", "Tags", "type", "many2many"));
        expected.put("id", Map.of("readonly", true, "required", false, "string", "ID", "type", "integer"));
        expected.put("display_name", Map.of("readonly", true, "required", false, "string", "Display Name",
                "type", "char"));
        expected.put("create_uid", Map.of("readonly", true, "relation", "res.users", "required", false,
                "string", "Created by", "type", "many2one"));
        expected.put("create_date", Map.of("readonly", true, "required", false, "string", "Created on",
                "type", "datetime"));
        expected.put("write_uid", Map.of("readonly", true, "relation", "res.users", "required", false,
                "string", "Last Updated by", "type", "many2one"));
        expected.put("write_date", Map.of("readonly", true, "required", false, "string", "Last Updated on",
                "type", "datetime"));
        assertEquals(expected, answer);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(((Map<?, ?>) answer).keySet()));
    }

    @Test
    void todoLifecycleAsRecorded() {
        long buyMilk = calls.create("todo.task", Map.of("name", "Buy milk", "date_deadline", "2026-12-31",
                "priority", "1", "description", "Two litres\nsemi-skimmed"));
        assertEquals(1L, buyMilk);
        assertEquals(List.of(2L, 3L), calls.call("todo.task", "create", List.of(Map.of("name", "Write report"),
                Map.of("name", "Call the bank", "is_done", true))));
        Map<String, Object> task = calls.readOne("todo.task", 1, "name", "is_done", "active", "user_id",
                "date_deadline", "priority", "description", "tag_ids");
        assertEquals(List.of(2L, "Mitchell Admin"), task.get("user_id"));
        assertEquals("2026-12-31", task.get("date_deadline"));
        assertEquals("Two litres\nsemi-skimmed", task.get("description"));
        assertEquals(true, task.get("active"));
        assertEquals(true, calls.call("todo.task", "write", List.of(1L),
                Map.of("is_done", true, "date_deadline", false)));
        assertEquals(List.of(1L, 2L), calls.call("todo.task.tag", "create",
                List.of(Map.of("name", "home"), Map.of("name", "work"))));
        calls.call("todo.task", "write", List.of(1L), Map.of("tag_ids", List.of(List.of(6L, 0L, List.of(1L, 2L)))));
        calls.call("todo.task", "write", List.of(2L), Map.of("tag_ids", List.of(List.of(4L, 1L))));
        assertEquals(List.of(Map.of("id", 1L, "tag_ids", List.of(1L, 2L), "is_done", true, "date_deadline", false),
                Map.of("id", 2L, "tag_ids", List.of(1L), "is_done", false, "date_deadline", false)),
                calls.read("todo.task", List.of(1L, 2L), "tag_ids", "is_done", "date_deadline"));
        assertEquals(true, calls.call("todo.task", "do_toggle_done", List.of(1L)));
        assertEquals(false, calls.readOne("todo.task", 1, "is_done").get("is_done"));
        assertNull(calls.call("todo.task", "do_nothing", List.of(1L)));
        assertEquals(true, calls.call("todo.task", "unlink", List.of(3L)));
        assertEquals(List.of(), calls.read("todo.task", List.of(3L), "name"));
        assertEquals(true, calls.call("todo.task", "write", List.of(3L), Map.of("name", "x")));
        OdooError missing = calls.fails("todo.task", "do_toggle_done", List.of(3L));
        assertEquals(OdooError.Kind.MISSING_ERROR, missing.kind());
        assertEquals("Record does not exist or has been deleted.\n(Record: todo.task(3,), User: 2)",
                missing.message());
    }

    @Test
    void errorsAreWordedAsOdooWordsThem() {
        OdooError unknownModel = calls.fails("no.such.model", "search", List.of());
        assertEquals(OdooError.Kind.USER_ERROR, unknownModel.kind());
        assertEquals("odoo.exceptions.UserError", unknownModel.pythonClass());
        assertEquals("Object no.such.model doesn't exist", unknownModel.message());

        OdooError privateMethod = calls.fails("res.partner", "_get_gravatar_image", List.of(9L), "x@example.com");
        assertEquals(OdooError.Kind.ACCESS_ERROR, privateMethod.kind());
        assertEquals("Private methods (such as _get_gravatar_image) cannot be called remotely.",
                privateMethod.message());

        OdooError unknownMethod = calls.fails("res.partner", "no_such_method", List.of(9L));
        assertEquals(OdooError.Kind.SERVER_ERROR, unknownMethod.kind());
        assertEquals("builtins.AttributeError", unknownMethod.pythonClass());
        assertEquals("The method 'no_such_method' does not exist on the model 'res.partner'",
                unknownMethod.message());
        assertEquals("The method 'name_get' does not exist on the model 'res.partner'",
                calls.fails("res.partner", "name_get", List.of(9L, 18L)).message());

        OdooError badField = calls.fails("res.partner", "search", List.of(leaf("no_such_field", "=", 1L)));
        assertEquals("builtins.ValueError", badField.pythonClass());
        assertEquals("Invalid field res.partner.no_such_field in leaf ('no_such_field', '=', 1)", badField.message());
        assertEquals("Invalid leaf ('name', 'no-op', 'x')",
                calls.fails("res.partner", "search", List.of(leaf("name", "no-op", "x"))).message());

        OdooError tooBig = calls.fails("res.partner", "search", List.of(leaf("id", ">", 1099511627776L)));
        assertEquals("psycopg2.errors.NumericValueOutOfRange", tooBig.pythonClass());
        assertEquals(OdooError.Kind.SERVER_ERROR, tooBig.kind());
        assertEquals("value \"1099511627776\" is out of range for type integer\nLINE 1: ...rtner\".\"active\" = true)"
                + " AND (\"res_partner\".\"id\" > '109951162...\n" + " ".repeat(61) + "^\n", tooBig.message());
        assertEquals(List.of(), calls.read("res.partner", List.of(1099511627776L), "name"));

        OdooError required = calls.fails("todo.task", "create", Map.of("description", "no name"));
        assertEquals(OdooError.Kind.VALIDATION_ERROR, required.kind());
        assertEquals("The operation cannot be completed:\n- Create/update: a mandatory field is not set.\n"
                + "- Delete: another model requires the record being deleted. If possible, archive it instead.\n\n"
                + "Model: To-do Task (todo.task)\nField: Title (name)\n", required.message());
    }

    @Test
    void nameSearchAndReadGroupAsRecorded() {
        assertEquals(List.of(List.of(13L, "OpenWood"), List.of(9L, "Wood Corner"),
                List.of(18L, "Wood Corner, Ron Gibson"), List.of(33L, "Wood Corner, Tom Ruiz"),
                List.of(17L, "Wood Corner, Willie Burke")),
                calls.admin("res.partner", "name_search", List.of("wood"), Map.of("limit", 5L)));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> groups = (List<Map<String, Object>>) calls.admin("res.partner", "read_group",
                List.of(List.of(leaf("parent_id", "!=", false)), List.of("parent_id"), List.of("parent_id")),
                Map.of("lazy", true));
        assertEquals(8, groups.size());
        assertEquals(Map.of("parent_id", List.of(15L, "Azure Interior"), "parent_id_count", 3L,
                "__domain", List.of("&", List.of("parent_id", "!=", false), List.of("parent_id", "=", 15L))),
                groups.get(0));
        assertEquals(List.of(3L, 3L, 4L, 1L, 7L, 2L, 3L, 2L),
                groups.stream().map(g -> g.get("parent_id_count")).toList());
    }

    @Test
    void accessErrorsForDemoAndPortal() {
        OdooError unlinkUser = assertThrows(OdooError.class,
                () -> calls.as(6, "demo", "res.users", "unlink", List.of(List.of(2L)), Map.of()));
        assertEquals(OdooError.Kind.ACCESS_ERROR, unlinkUser.kind());
        assertEquals("You are not allowed to delete 'User' (res.users) records.\n\nThis operation is allowed for the"
                + " following groups:\n\t- Administration/Access Rights\n\nContact your administrator to request"
                + " access if necessary.", unlinkUser.message());
        OdooError portal = assertThrows(OdooError.class, () -> calls.as(7, "portal", "todo.task", "search_read",
                List.of(List.of()), Map.of("fields", List.of("name"))));
        assertEquals("You are not allowed to access 'To-do Task' (todo.task) records.\n\nThis operation is allowed"
                + " for the following groups:\n\t- User types/Internal User\n\nContact your administrator to request"
                + " access if necessary.", portal.message());
    }
}
