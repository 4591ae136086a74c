package io.typedoo.it.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import io.typedoo.domain.Domain;
import io.typedoo.error.OdooAccessException;
import io.typedoo.error.OdooAuthenticationException;
import io.typedoo.error.OdooException;
import io.typedoo.error.OdooMissingRecordException;
import io.typedoo.error.OdooNoneResultException;
import io.typedoo.error.OdooUnknownModelException;
import io.typedoo.error.OdooValidationException;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import io.typedoo.untyped.Model;
import io.typedoo.untyped.Row;
import io.typedoo.untyped.SearchOptions;
import io.typedoo.value.Many2one;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The tour of the README and the seed, word for word the same on all three protocols against one server answering
 * as Odoo 19 (which serves JSON-2, XML-RPC and JSON-RPC): connect (an API key alone picks JSON-2, a password
 * XML-RPC, JSON-RPC forced), version and uid, search_count, search with offset, limit and order, read, search_read,
 * create, write, unlink, a model method, a method returning None, the generated classes with their relations, and
 * the typed errors. Each protocol works on its own tasks so that every expected value is the same.
 */
@OdooTest(odooVersion = 19)
class ThreeProtocolTourTest {

    private static OdooClient connect(OdooTestServer server, Protocol protocol, String login, String secret) {
        OdooClient.Builder builder = OdooClient.builder().url(server.url()).database(server.databaseName());
        return switch (protocol) {
            case JSON2 -> builder.apiKey(secret).build();                             // the automatic choice
            case XMLRPC -> builder.login(login).password(secret).build();             // the default with a password
            case JSONRPC -> builder.login(login).password(secret).protocol(Protocol.JSONRPC).build();
        };
    }

    private static OdooClient admin(OdooTestServer server, Protocol protocol) {
        return connect(server, protocol, OdooTestServer.ADMIN,
                protocol == Protocol.JSON2 ? OdooTestServer.ADMIN_API_KEY : OdooTestServer.ADMIN);
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void theTour(Protocol protocol, OdooTestServer server) {
        try (OdooClient odoo = admin(server, protocol)) {
            assertEquals(19, odoo.version().major());
            assertEquals(protocol, odoo.protocol());
            assertEquals(2, odoo.uid());

            Model tasks = odoo.model("todo.task");
            String prefix = "Tour " + protocol + " ";
            List<Long> ids = tasks.create(IntStream.range(0, 5).mapToObj(i -> Map.of("name", prefix + i,
                    "priority", i % 2 == 0 ? "1" : "0", "date_deadline", LocalDate.of(2030, 1, 1 + i))).toList());
            assertEquals(5, ids.size());
            Domain mine = Domain.leaf("name", "=like", prefix + "%");
            assertEquals(5, tasks.count(mine));
            assertEquals(3, tasks.count(mine.and(Domain.parse("[('priority', '=', '1')]"))));
            assertEquals(List.of(ids.get(3), ids.get(2)),
                    tasks.search(mine, SearchOptions.of().offset(1).limit(2).order("name desc")));

            Row first = tasks.read(List.of(ids.get(0)), "name", "date_deadline", "user_id", "is_done").get(0);
            assertEquals(prefix + "0", first.getString("name"));
            assertEquals(LocalDate.of(2030, 1, 1), first.getDate("date_deadline"));
            assertEquals(2, first.getMany2one("user_id").id());
            assertFalse(first.getBoolean("is_done"));
            List<Row> page = tasks.searchRead(mine, SearchOptions.of().limit(2).order("id"), "name", "user_id");
            assertEquals(List.of(prefix + "0", prefix + "1"), page.stream().map(r -> r.getString("name")).toList());
            assertEquals(new Many2one(2, page.get(0).getMany2one("user_id").displayName()),
                    page.get(0).getMany2one("user_id"));

            tasks.write(List.of(ids.get(0)), Map.of("date_deadline", false, "description", "Written"));
            Row written = tasks.read(List.of(ids.get(0)), "date_deadline", "description").get(0);
            assertNull(written.getDate("date_deadline"), "false clears, and reads back as null");
            assertEquals("Written", written.getString("description"));

            assertEquals(Boolean.TRUE, tasks.call("do_toggle_done", List.of(List.of(ids.get(1)))), "positional");
            assertEquals(Boolean.TRUE, tasks.call("do_toggle_done", Map.of("ids", List.of(ids.get(2)))), "named");
            assertEquals(2, tasks.count(mine.and(Domain.leaf("is_done", "=", true))));
            OdooNoneResultException none = assertThrows(OdooNoneResultException.class,
                    () -> tasks.call("do_nothing", Map.of("ids", List.of(ids.get(0)))));
            assertTrue(none.isCommitted());
            tasks.callVoid("do_nothing", Map.of("ids", List.of(ids.get(0))));

            TodoTaskModel typed = TodoTaskModel.of(odoo);
            TodoTaskTagRecord tag = TodoTaskTagModel.of(odoo).create(v -> v.name("tour " + protocol));
            TodoTaskRecord task = typed.create(v -> v.name(prefix + "typed").tags(List.of(tag)).priority(Priority.HIGH));
            List<TodoTaskRecord> found = typed.search(TodoTaskModel.NAME.eq(prefix + "typed"));
            assertEquals(List.of(task.id()), found.stream().map(TodoTaskRecord::id).toList());
            assertEquals("admin", found.get(0).createdBy().getLogin());
            assertEquals(List.of("tour " + protocol), found.get(0).tags().stream().map(TodoTaskTag::name).toList());
            assertTrue(found.get(0).toggleDone());
            found.get(0).doNothing();
            typed.write(task, v -> v.priority(Priority.NORMAL));
            assertEquals(Priority.NORMAL, task.priority());

            tasks.unlink(ids);
            typed.unlink(task);
            assertEquals(0, tasks.count(mine));
            assertEquals(List.of(), tasks.read(ids, "name"), "reading deleted ids gives nothing");
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void theErrorsAreTheSameTypesAndNameTheCall(Protocol protocol, OdooTestServer server) {
        try (OdooClient odoo = admin(server, protocol)) {
            OdooException unknownModel = assertThrows(OdooUnknownModelException.class,
                    () -> odoo.model("no.such.model").count());
            assertTrue(unknownModel.getMessage().endsWith("[server " + server.url() + ", database "
                    + server.databaseName() + ", model no.such.model, method search_count]"),
                    unknownModel.getMessage());
            assertThrows(OdooValidationException.class,
                    () -> odoo.model("todo.task").create(Map.of("description", "no name")));
            Model tasks = odoo.model("todo.task");
            long gone = tasks.create(Map.of("name", "Soon gone"));
            tasks.unlink(List.of(gone));
            assertThrows(OdooMissingRecordException.class,
                    () -> tasks.call("do_toggle_done", Map.of("ids", List.of(gone))));
        }
        String demoSecret = protocol == Protocol.JSON2 ? OdooTestServer.DEMO_API_KEY : "demo";
        try (OdooClient demo = connect(server, protocol, "demo", demoSecret)) {
            assertThrows(OdooAccessException.class, () -> demo.model("res.users").unlink(List.of(2L)));
        }
        String wrongSecret = protocol == Protocol.JSON2 ? "0123456789abcdef0123456789abcdef01234567" : "wrong-pw";
        try (OdooClient wrong = connect(server, protocol, OdooTestServer.ADMIN, wrongSecret)) {
            OdooAuthenticationException refused = assertThrows(OdooAuthenticationException.class,
                    () -> wrong.model("res.partner").count());
            assertFalse(refused.getMessage().contains(wrongSecret), refused.getMessage());
            assertFalse(refused.toString().contains(wrongSecret), refused.toString());
        }
    }
}
