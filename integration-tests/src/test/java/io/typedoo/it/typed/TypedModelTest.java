package io.typedoo.it.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import io.typedoo.domain.Domain;
import io.typedoo.error.OdooMissingRecordException;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import io.typedoo.testkit.junit.UseProtocol;
import io.typedoo.typed.Order;
import io.typedoo.typed.Page;
import io.typedoo.typed.StringField;
import io.typedoo.typed.X2many;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated API against the testkit server: create, read, write, unlink, domains, orders, methods. */
@OdooTest
class TypedModelTest {

    @Test
    void createReadsBackEveryDeclaredFieldType(OdooClient odoo) {
        TodoTaskModel tasks = TodoTaskModel.of(odoo);
        TodoTaskTagRecord urgent = TodoTaskTagModel.of(odoo).create(v -> v.name("urgent"));
        ResUsers admin = ResUsersModel.of(odoo).browse(odoo.uid());

        TodoTaskRecord task = tasks.create(v -> v.name("Call the bank").dateDeadline(LocalDate.of(2026, 12, 31))
                .user(admin).tags(List.of(urgent)).priority(Priority.HIGH).description("Line one\nline two"));

        assertEquals("Call the bank", task.name());
        assertFalse(task.isDone());
        assertEquals(LocalDate.of(2026, 12, 31), task.dateDeadline());
        assertEquals(odoo.uid(), ((ResUsersRecord) task.user()).id());
        assertEquals("admin", task.user().getLogin());
        assertEquals(List.of("urgent"), task.tags().stream().map(TodoTaskTag::name).toList());
        assertEquals(Priority.HIGH, task.priority());
        assertEquals("Line one\nline two", task.description());
        assertEquals("Call the bank", task.label(), "default methods stay the interface's");
        assertEquals("Call the bank",
                odoo.model("todo.task").read(List.of(task.id()), "name").get(0).getString("name"));
    }

    @Test
    void emptyValuesReadAsNullAndWritingNullClears(OdooClient odoo) {
        TodoTaskModel tasks = TodoTaskModel.of(odoo);
        TodoTaskRecord task = tasks.create(v -> v.name("No deadline").dateDeadline(LocalDate.of(2027, 1, 1))
                .description("to be cleared"));

        tasks.write(task, v -> v.dateDeadline(null).description(null).user(null));

        assertNull(task.dateDeadline());
        assertNull(task.description());
        assertNull(task.user());
    }

    @Test
    void typedDomainsOrdersAndPages(OdooClient odoo) {
        TodoTaskModel tasks = TodoTaskModel.of(odoo);
        tasks.createAll(List.of(
                new TodoTaskValues().name("Domain a").priority(Priority.HIGH).dateDeadline(LocalDate.of(2030, 1, 1)),
                new TodoTaskValues().name("Domain b").priority(Priority.NORMAL).dateDeadline(LocalDate.of(2030, 6, 1)),
                new TodoTaskValues().name("Domain c").priority(Priority.HIGH).isDone(true)));
        Domain mine = TodoTaskModel.NAME.ilike("Domain ");

        assertEquals(3, tasks.count(mine));
        assertEquals(2, tasks.count(mine.and(TodoTaskModel.IS_DONE.eq(false))));
        assertEquals(2, tasks.count(mine.and(TodoTaskModel.PRIORITY.eq(Priority.HIGH))));
        assertEquals(1, tasks.count(mine.and(TodoTaskModel.DATE_DEADLINE.lt(LocalDate.of(2030, 3, 1)))));
        assertEquals(1, tasks.count(mine.and(TodoTaskModel.DATE_DEADLINE.isNotSet())));
        assertEquals(3, tasks.count(mine.and(TodoTaskModel.USER.in(ResUsersModel.of(odoo).browse(odoo.uid())))));
        assertEquals(List.of("Domain c", "Domain b", "Domain a"),
                tasks.search(mine, TodoTaskModel.NAME.desc()).stream().map(TodoTask::name).toList());
        assertEquals(List.of("Domain b"), tasks.search(mine, Page.of(1, 1),
                Order.by(TodoTaskModel.NAME.asc())).stream().map(TodoTask::name).toList());
    }

    @Test
    void everyStringOperatorFiltersOnTheServer(OdooClient odoo) {
        TodoTaskModel tasks = TodoTaskModel.of(odoo);
        tasks.createAll(List.of(new TodoTaskValues().name("Pattern Alpha"), new TodoTaskValues().name("pattern beta"),
                new TodoTaskValues().name("Pattern Gamma")));
        Domain mine = TodoTaskModel.NAME.ilike("pattern ");
        StringField name = TodoTaskModel.NAME;

        assertEquals(List.of("Pattern Alpha", "Pattern Gamma"), names(tasks, mine.and(name.like("Pattern"))));
        assertEquals(List.of("pattern beta"), names(tasks, mine.and(name.notLike("Pattern"))));
        assertEquals(List.of("Pattern Alpha", "Pattern Gamma", "pattern beta"), names(tasks, mine.and(name.ilike("PATTERN"))));
        assertEquals(List.of(), names(tasks, mine.and(name.notIlike("PATTERN"))));
        assertEquals(List.of("Pattern Alpha"), names(tasks, mine.and(name.eqLike("Pattern A%"))));
        assertEquals(List.of(), names(tasks, mine.and(name.eqLike("pattern a%"))));
        assertEquals(List.of("Pattern Alpha"), names(tasks, mine.and(name.eqIlike("pattern a%"))));
    }

    private static List<String> names(TodoTaskModel tasks, Domain domain) {
        return tasks.search(domain).stream().map(TodoTaskRecord::name).sorted().toList();
    }

    @Test
    void x2manyChangesInTypes(OdooClient odoo) {
        TodoTaskModel tasks = TodoTaskModel.of(odoo);
        TodoTaskTagModel tagModel = TodoTaskTagModel.of(odoo);
        TodoTaskTagRecord a = tagModel.create(v -> v.name("a"));
        TodoTaskTagRecord b = tagModel.create(v -> v.name("b"));
        TodoTaskRecord task = tasks.create(v -> v.name("Tagged").tags(List.of(a)));

        tasks.write(task, v -> v.tags(X2many.add(b)));
        assertEquals(List.of("a", "b"), task.tags().stream().map(TodoTaskTag::name).sorted().toList());

        tasks.write(task, v -> v.tags(X2many.remove(a)));
        assertEquals(List.of("b"), task.tags().stream().map(TodoTaskTag::name).toList());

        tasks.write(task, v -> v.tags(X2many.clear()));
        assertTrue(task.tags().isEmpty());
        assertEquals(1, tasks.count(TodoTaskModel.NAME.eq("Tagged").and(TodoTaskModel.TAGS.isNotSet())));
    }

    @Test
    void modelMethodsAreTypedAndNoneIsSuccess(OdooClient odoo) {
        TodoTaskModel tasks = TodoTaskModel.of(odoo);
        TodoTaskRecord task = tasks.create(v -> v.name("Toggle me"));
        assertFalse(task.isDone());

        assertTrue(task.toggleDone());
        assertTrue(task.isDone(), "a model method drops the record's cached values");

        task.doNothing();
    }

    @Test
    void unlinkDropsTheRecordAndRefreshRereads(OdooClient odoo, OdooTestServer server) {
        TodoTaskModel tasks = TodoTaskModel.of(odoo);
        TodoTaskRecord task = tasks.create(v -> v.name("Short-lived"));
        assertEquals("Short-lived", task.name());

        odoo.model("todo.task").write(List.of(task.id()), Map.of("name", "Renamed elsewhere"));
        assertEquals("Short-lived", task.name(), "a live handle keeps what it read");
        task.refresh();
        assertEquals("Renamed elsewhere", task.name());

        tasks.unlink(task);
        server.resetRequestCount();
        assertThrows(OdooMissingRecordException.class, task::name);
        assertEquals(0, server.requestCount());
        assertEquals(0, tasks.count(TodoTaskModel.ID.eq(task.id())));
    }

    @Test
    void recordsOfOneModelAreEqualById(OdooClient odoo) {
        TodoTaskModel tasks = TodoTaskModel.of(odoo);
        TodoTaskRecord task = tasks.create(v -> v.name("Equal"));

        assertEquals(task, tasks.browse(task.id()));
        assertEquals("TodoTask(id=" + task.id() + ")", task.toString(), "nothing loaded yet: the id only");
        task.name();
        assertTrue(task.toString().startsWith("TodoTask(id=" + task.id() + ", name=Equal, is_done=false, "),
                task.toString());
    }

    @Test
    void worksOverJsonRpcToo(@UseProtocol(Protocol.JSONRPC) OdooClient odoo) {
        TodoTaskModel tasks = TodoTaskModel.of(odoo);
        TodoTaskRecord task = tasks.create(v -> v.name("Over JSON").dateDeadline(LocalDate.of(2026, 2, 28)));

        TodoTaskRecord found = tasks.search(TodoTaskModel.ID.eq(task.id())).get(0);
        assertEquals("Over JSON", found.name());
        assertEquals(LocalDate.of(2026, 2, 28), found.dateDeadline());
        assertTrue(found.toggleDone());
        found.doNothing();
    }
}
