package io.typedoo.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.client.CallEvent;
import io.typedoo.client.Context;
import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import io.typedoo.client.ServerVersion;
import io.typedoo.domain.Domain;
import io.typedoo.error.OdooAccessException;
import io.typedoo.error.OdooAuthenticationException;
import io.typedoo.error.OdooException;
import io.typedoo.error.OdooInvalidRequestException;
import io.typedoo.error.OdooMissingRecordException;
import io.typedoo.error.OdooNoneResultException;
import io.typedoo.error.OdooUnknownMethodException;
import io.typedoo.error.OdooUnknownModelException;
import io.typedoo.error.OdooValidationException;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.untyped.FieldInfo;
import io.typedoo.untyped.Model;
import io.typedoo.untyped.Row;
import io.typedoo.untyped.SearchOptions;
import io.typedoo.value.Many2one;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every call of the seed chapter, through {@link OdooClient} and the untyped layer, against the testkit's
 * Odoo-compatible server over real HTTP, once per protocol. Round trips are counted on the server.
 */
class OdooClientIntegrationTest {

    private static OdooTestServer server;

    @BeforeAll
    static void start() {
        server = OdooTestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static OdooClient admin(Protocol p) {
        return server.client(p);
    }

    @ParameterizedTest
    @EnumSource(value = Protocol.class, names = {"XMLRPC", "JSONRPC"})
    void version(Protocol p) {
        ServerVersion v = admin(p).version();
        assertEquals("18.0", v.serverVersion());
        assertEquals(18, v.major());
        assertEquals(1, v.protocolVersion());
    }

    @ParameterizedTest
    @EnumSource(value = Protocol.class, names = {"XMLRPC", "JSONRPC"})
    void authenticateAndBadPassword(Protocol p) {
        assertEquals(2, admin(p).authenticate());
        assertEquals(6, server.client("demo", "demo", p).authenticate());
        OdooClient wrong = server.client("admin", "not-the-password", p);
        OdooAuthenticationException e = assertThrows(OdooAuthenticationException.class, wrong::authenticate);
        assertFalse(e.getMessage().contains("not-the-password"), e.getMessage());
        assertTrue(e.getMessage().contains("database " + server.databaseName()), e.getMessage());
        assertThrows(OdooAuthenticationException.class, () -> wrong.model("res.partner").count(),
                "a lazy login fails the same way");
    }

    @ParameterizedTest
    @EnumSource(value = Protocol.class, names = {"XMLRPC", "JSONRPC"})
    void searchCountWithAndWithoutContext(Protocol p) {
        Model partners = admin(p).model("res.partner");
        assertEquals(37, partners.count());
        assertEquals(41, partners.withContext(Context.empty().activeTest(false)).count());
        assertEquals(9, partners.count(Domain.parse("[('is_company', '=', True)]")));
    }

    @ParameterizedTest
    @EnumSource(value = Protocol.class, names = {"XMLRPC", "JSONRPC"})
    void searchWithOffsetLimitOrder(Protocol p) {
        Model partners = admin(p).model("res.partner");
        Domain companies = Domain.leaf("is_company", "=", true);
        List<Long> all = partners.search(companies, SearchOptions.of().order("name desc"));
        assertEquals(9, all.size());
        assertEquals(all.subList(1, 4), partners.search(companies, SearchOptions.of().offset(1).limit(3)
                .order("name desc")));
        assertEquals(List.of(11L, 13L, 9L, 1L), partners.search(
                Domain.parse("['|', ('name', 'ilike', 'wood'), '!', ('email', 'ilike', 'example.com')]")));
    }

    @ParameterizedTest
    @EnumSource(value = Protocol.class, names = {"XMLRPC", "JSONRPC"})
    void readAndSearchRead(Protocol p) {
        Model partners = admin(p).model("res.partner");
        List<Row> rows = partners.read(List.of(9L, 18L), "name", "parent_id", "child_ids", "is_company",
                "email");
        assertEquals("Wood Corner", rows.get(0).getString("name"));
        assertNull(rows.get(0).getMany2one("parent_id"));
        assertEquals(new Many2one(9, "Wood Corner"), rows.get(1).getMany2one("parent_id"));
        assertTrue(rows.get(0).getIds("child_ids").contains(18L));
        assertTrue(rows.get(0).getBoolean("is_company"));

        List<Row> page = partners.searchRead(Domain.leaf("is_company", "=", true),
                SearchOptions.of().limit(3).order("id"), "name", "country_id");
        assertEquals(3, page.size());
        assertEquals(List.of("id", "name", "country_id"), new ArrayList<>(page.get(0).asMap().keySet()));
        assertEquals(1, page.get(0).id());
    }

    @ParameterizedTest
    @EnumSource(value = Protocol.class, names = {"XMLRPC", "JSONRPC"})
    void createWriteReadUnlink(Protocol p) {
        Model tasks = admin(p).model("todo.task");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", "Buy milk " + p);
        values.put("date_deadline", LocalDate.of(2026, 12, 31));
        values.put("priority", "1");
        long id = tasks.create(values);

        server.resetRequestCount();
        List<Long> more = tasks.create(List.of(Map.of("name", "Write report"), Map.of("name", "Call the bank",
                "is_done", true)));
        assertEquals(1, server.requestCount(), "a list of values is created in one round trip");
        assertEquals(2, more.size());

        tasks.write(List.of(id), Map.of("is_done", true, "date_deadline", false));
        Row task = tasks.read(List.of(id), "name", "is_done", "date_deadline", "user_id", "priority").get(0);
        assertEquals("Buy milk " + p, task.getString("name"));
        assertTrue(task.getBoolean("is_done"));
        assertNull(task.getDate("date_deadline"));
        assertEquals(2, task.getMany2one("user_id").id());
        assertEquals("1", task.getString("priority"));

        List<Long> all = new ArrayList<>(more);
        all.add(id);
        tasks.unlink(all);
        assertEquals(List.of(), tasks.read(all, "name"), "reading deleted ids gives nothing, no fault");
        assertEquals(0, tasks.count(Domain.leaf("id", "in", all)));
    }

    @ParameterizedTest
    @EnumSource(value = Protocol.class, names = {"XMLRPC", "JSONRPC"})
    void textRoundTripsUnchanged(Protocol p) {
        Model tasks = admin(p).model("todo.task");
        String text = "Caf\u00e9 \uD83D\uDE00 <b>&amp;</b> 'quotes' \"double\"\n\tline two \u4e2d\u6587";
        long id = tasks.create(Map.of("name", "Text", "description", text));
        assertEquals(text, tasks.read(List.of(id), "description").get(0).getString("description"));
        tasks.unlink(List.of(id));
    }

    @ParameterizedTest
    @EnumSource(value = Protocol.class, names = {"XMLRPC", "JSONRPC"})
    void methodsReturningTrueAndNone(Protocol p) {
        Model tasks = admin(p).model("todo.task");
        long id = tasks.create(Map.of("name", "Toggle me"));
        assertEquals(Boolean.TRUE, tasks.call("do_toggle_done", List.of(List.of(id))));
        assertTrue(tasks.read(List.of(id), "is_done").get(0).getBoolean("is_done"));

        OdooNoneResultException none = assertThrows(OdooNoneResultException.class,
                () -> tasks.call("do_nothing", List.of(List.of(id))));
        assertTrue(none.isCommitted());
        assertTrue(none.getMessage().contains("do not retry"), none.getMessage());
        tasks.callVoid("do_nothing", List.of(List.of(id)), Map.of());
        tasks.unlink(List.of(id));
    }

    @ParameterizedTest
    @EnumSource(value = Protocol.class, names = {"XMLRPC", "JSONRPC"})
    void fieldsGetAndNameSearch(Protocol p) {
        Map<String, FieldInfo> fields = admin(p).model("todo.task").fieldsGet("string", "type", "required",
                "relation", "selection");
        assertEquals("many2many", fields.get("tag_ids").type());
        assertEquals("todo.task.tag", fields.get("tag_ids").relation());
        assertEquals(Map.of("0", "Normal", "1", "High"), fields.get("priority").selection());
        assertEquals(Boolean.TRUE, fields.get("name").required());
        assertNull(fields.get("name").readonly(), "readonly was not asked for: unknown, not false");
        assertFalse(fields.get("name").isReadonly());

        List<Many2one> found = admin(p).model("res.partner").nameSearch("wood", Domain.all(), 5);
        assertTrue(found.contains(new Many2one(9, "Wood Corner")), found.toString());
    }

    @ParameterizedTest
    @EnumSource(value = Protocol.class, names = {"XMLRPC", "JSONRPC"})
    void errorsAreTypedAndNameTheCall(Protocol p) {
        OdooClient odoo = admin(p);
        OdooException unknownModel = assertThrows(OdooUnknownModelException.class,
                () -> odoo.model("no.such.model").count());
        assertTrue(unknownModel.getMessage().endsWith("[server " + server.url() + ", database demo, model "
                + "no.such.model, method search_count]"), unknownModel.getMessage());
        assertThrows(OdooUnknownMethodException.class,
                () -> odoo.model("res.partner").call("no_such_method", List.of(List.of(9))));
        assertThrows(OdooInvalidRequestException.class,
                () -> odoo.model("res.partner").search(Domain.leaf("no_such_field", "=", 1)));
        assertThrows(OdooAccessException.class,
                () -> odoo.model("res.partner").call("_get_gravatar_image", List.of(List.of(9), "x@example.com")));
        assertThrows(OdooValidationException.class,
                () -> odoo.model("todo.task").create(Map.of("description", "no name")));
        Model tasks = odoo.model("todo.task");
        long id = tasks.create(Map.of("name", "Soon gone"));
        tasks.unlink(List.of(id));
        assertThrows(OdooMissingRecordException.class, () -> tasks.call("do_toggle_done", List.of(List.of(id))));
        OdooClient demo = server.client("demo", "demo", p);
        assertThrows(OdooAccessException.class, () -> demo.model("res.users").unlink(List.of(2L)));
    }

    @ParameterizedTest
    @EnumSource(value = Protocol.class, names = {"XMLRPC", "JSONRPC"})
    void listenersCountRoundTripsAndBytes(Protocol p) {
        List<CallEvent> events = new CopyOnWriteArrayList<>();
        OdooClient odoo = OdooClient.builder().url(server.url()).database("demo").login("admin").password("admin")
                .protocol(p).listener(events::add).build();
        server.resetRequestCount();
        odoo.model("res.partner").count();
        odoo.model("res.partner").count();
        assertEquals(3, server.requestCount(), "one login, two counts");
        assertEquals(3, events.size());
        for (CallEvent e : events) {
            assertTrue(e.requestBytes() > 0 && e.responseBytes() > 0, e.toString());
        }
        odoo.close();
    }

    @ParameterizedTest
    @EnumSource(value = Protocol.class, names = {"XMLRPC", "JSONRPC"})
    void oneClientServesManyThreads(Protocol p) throws Exception {
        OdooClient odoo = admin(p);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> counts = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                counts.add(pool.submit(() -> odoo.model("res.partner").count()));
            }
            for (Future<Long> count : counts) {
                assertEquals(37L, count.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
