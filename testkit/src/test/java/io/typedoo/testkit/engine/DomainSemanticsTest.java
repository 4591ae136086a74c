package io.typedoo.testkit.engine;

import static io.typedoo.testkit.engine.Calls.domain;
import static io.typedoo.testkit.engine.Calls.leaf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Odoo 18's domain semantics on a small todo data set. */
class DomainSemanticsTest {

    private final Database db = Database.demo();
    private final Calls calls = new Calls(db);
    private long home;
    private long work;
    private long milk;
    private long report;
    private long bank;
    private long archived;

    @BeforeEach
    void seed() {
        home = calls.create("todo.task.tag", Map.of("name", "home"));
        work = calls.create("todo.task.tag", Map.of("name", "Work"));
        milk = calls.create("todo.task", Map.of("name", "Buy milk", "priority", "1", "date_deadline", "2026-12-31",
                "tag_ids", List.of(List.of(6L, 0L, List.of(home)))));
        report = calls.create("todo.task", Map.of("name", "Write report", "user_id", 6L, "description", "Q4 50%",
                "tag_ids", List.of(List.of(6L, 0L, List.of(work, home)))));
        bank = calls.create("todo.task", Map.of("name", "Call the bank", "is_done", true, "user_id", false));
        archived = calls.create("todo.task", Map.of("name", "Old milk", "active", false));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Set<Long> ids(Object... items) {
        return new TreeSet<>(calls.search("todo.task", domain(items)));
    }

    private Set<Long> set(Long... ids) {
        return new TreeSet<>(List.of(ids));
    }

    @Test
    void prefixOperatorsAndImplicitAnd() {
        assertEquals(set(milk, report, bank), ids());
        assertEquals(set(report), ids(leaf("name", "ilike", "r"), leaf("user_id", "=", 6L)));
        assertEquals(set(milk, bank), ids("|", leaf("priority", "=", "1"), leaf("is_done", "=", true)));
        assertEquals(set(report, bank), ids("!", leaf("priority", "=", "1")));
        assertEquals(set(milk), ids("&", "!", leaf("is_done", "=", true), "|", leaf("priority", "=", "1"),
                leaf("user_id", "=", 99L)));
        assertEquals(set(milk, report, bank), ids(List.of(1L, "=", 1L)));
        assertEquals(set(), ids(List.of(0L, "=", 1L)));
    }

    @Test
    void comparisonsWithFalse() {
        assertEquals(set(bank), ids(leaf("user_id", "=", false)));
        assertEquals(set(milk, report), ids(leaf("user_id", "!=", false)));
        assertEquals(set(report, bank), ids(leaf("date_deadline", "=", false)));
        assertEquals(set(milk, report), ids(leaf("is_done", "=", false)));
        assertEquals(set(bank), ids(leaf("tag_ids", "=", false)));
        assertEquals(set(milk, report), ids(leaf("tag_ids", "!=", false)));
        // != keeps empty values, as Odoo adds "OR field IS NULL"
        assertEquals(set(report, bank), ids(leaf("user_id", "!=", 2L)));
        assertEquals(set(milk, report, bank), ids(leaf("user_id", "=?", false)));
        assertEquals(set(report), ids(leaf("user_id", "=?", 6L)));
    }

    @Test
    void orderingComparisonsAndLists() {
        assertEquals(set(milk), ids(leaf("date_deadline", ">", "2026-01-01")));
        assertEquals(set(), ids(leaf("date_deadline", "<", "2026-01-01")));
        assertEquals(set(report, bank), ids(leaf("id", ">=", report)));
        assertEquals(set(milk, bank), ids(leaf("id", "in", List.of(milk, bank))));
        assertEquals(set(report), ids(leaf("id", "not in", List.of(milk, bank))));
        assertEquals(set(milk, bank), ids(leaf("user_id", "in", List.of(2L, false))));
        assertEquals(set(report), ids(leaf("user_id", "not in", List.of(2L, false))));
        assertEquals(set(milk, report), ids(leaf("tag_ids", "in", List.of(home))));
        assertEquals(set(milk, bank), ids(leaf("tag_ids", "not in", List.of(work))));
    }

    @Test
    void likeFamily() {
        assertEquals(set(milk), ids(leaf("name", "ilike", "MILK")));
        assertEquals(set(), ids(leaf("name", "like", "MILK")));
        assertEquals(set(report, bank), ids(leaf("name", "not ilike", "milk")));
        assertEquals(set(milk, bank), ids(leaf("description", "not ilike", "q4")));
        assertEquals(set(milk), ids(leaf("name", "=like", "Buy%")));
        assertEquals(set(milk), ids(leaf("name", "=ilike", "buy _ilk")));
        assertEquals(set(report), ids(leaf("description", "like", "50%")));
        assertEquals(set(milk, report), ids(leaf("user_id", "ilike", "a")));
        assertEquals(set(report), ids(leaf("tag_ids", "ilike", "work")));
        assertEquals(set(milk, bank), ids(leaf("tag_ids", "not ilike", "work")));
    }

    @Test
    void dottedPathsAndAny() {
        assertEquals(set(report), ids(leaf("user_id.name", "=", "Marc Demo")));
        assertEquals(set(report), ids(leaf("user_id.login", "ilike", "dem")));
        assertEquals(set(report), ids(leaf("tag_ids.name", "=", "Work")));
        assertEquals(set(milk, report), ids(leaf("tag_ids", "any", List.of(leaf("name", "=", "home")))));
        assertEquals(set(milk, bank), ids(leaf("tag_ids", "not any", List.of(leaf("name", "=", "Work")))));
        assertEquals(set(milk), ids(leaf("user_id", "any", List.of(leaf("login", "=", "admin")))));
        List<Long> partners = calls.search("res.partner", domain(leaf("parent_id.name", "=", "Wood Corner")));
        assertEquals(set(17L, 18L, 33L), new TreeSet<>(partners));
        assertEquals(List.of(15L, 9L), calls.search("res.partner", domain(leaf("category_id.name", "=", "Services"))));
        assertEquals(List.of(9L), calls.search("res.partner", domain(leaf("child_ids.name", "=", "Tom Ruiz"))));
    }

    @Test
    void hierarchyOperators() {
        assertEquals(set(9L, 17L, 18L, 33L), new TreeSet<>(calls.search("res.partner",
                domain(leaf("id", "child_of", 9L)))));
        assertEquals(set(9L, 18L), new TreeSet<>(calls.search("res.partner", domain(leaf("id", "parent_of", 18L)))));
        assertEquals(set(17L, 18L, 33L), new TreeSet<>(calls.search("res.partner",
                domain(leaf("parent_id", "child_of", 9L)))));
    }

    @Test
    void activeRecordsAreHiddenUnlessAsked() {
        assertEquals(set(archived), ids(leaf("active", "=", false)));
        assertEquals(set(milk, report, bank, archived), ids("|", leaf("active", "=", true),
                leaf("active", "=", false)));
        assertEquals(List.of(milk, archived), calls.admin("todo.task", "search",
                List.of(domain(leaf("name", "ilike", "milk"))), Map.of("context", Map.of("active_test", false))));
        assertEquals(4L, calls.admin("todo.task", "search_count", List.of(List.of()),
                Map.of("context", Map.of("active_test", false))));
        // An archived record can still be read by id.
        assertEquals("Old milk", calls.readOne("todo.task", archived, "name").get("name"));
    }

    @Test
    void invalidDomainsFailAsOdooFails() {
        assertEquals("Invalid field todo.task.nope in leaf ('nope', '=', 'x')",
                calls.fails("todo.task", "search", domain(leaf("nope", "=", "x"))).message());
        assertEquals("Invalid leaf ('name', 'equals', 'x')",
                calls.fails("todo.task", "search", domain(leaf("name", "equals", "x"))).message());
        assertEquals("Invalid field res.users.nope in leaf ('nope', '=', 1)",
                calls.fails("todo.task", "search", domain(leaf("user_id.nope", "=", 1L))).message());
        assertEquals("builtins.ValueError", calls.fails("todo.task", "search", domain("|", leaf("name", "=", "x")))
                .pythonClass());
        assertEquals("psycopg2.errors.NumericValueOutOfRange", calls.fails("todo.task", "search",
                domain(leaf("user_id", "in", List.of(1L, 4_000_000_000L)))).pythonClass());
    }

    @Test
    void orderOffsetAndLimit() {
        assertEquals(List.of(milk, bank, report), calls.admin("todo.task", "search", List.of(List.of()),
                Map.of("order", "name")));
        assertEquals(List.of(bank, milk), calls.admin("todo.task", "search", List.of(List.of()),
                Map.of("order", "user_id desc, id", "limit", 2L)));
        assertEquals(List.of(report), calls.admin("todo.task", "search", List.of(List.of()),
                Map.of("order", "name desc", "limit", 1L)));
        assertEquals(List.of(report, bank), calls.admin("todo.task", "search", List.of(List.of()),
                Map.of("order", "id", "offset", 1L)));
        assertEquals("Invalid field 'nope' on model 'todo.task'", calls.fails("todo.task", "search_read",
                List.of(), List.of("name"), 0L, 0L, "nope").message());
    }
}
