package io.typedoo.it.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import io.typedoo.domain.Domain;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Against the testkit answering as Odoo 16, whose {@code web_search_read} takes no nested specification: the
 * idiomatic loop costs the login, one {@code search_read} and one read per related model (users, assignees and
 * creators together, and tags), after one refused {@code web_search_read} per client connection, or none when the
 * client has asked the server's version already. Counted on the server, call by call.
 */
@OdooTest(odooVersion = 16)
class OlderServerTest {

    private static final String REFUSED = "todo.task.web_search_read ! builtins.TypeError";
    private static final List<String> ONE_CALL_PER_MODEL = List.of("todo.task.search_read", "res.users.read",
            "todo.task.tag.read");

    @BeforeAll
    static void seed(OdooClient admin) {
        TodoTaskTagRecord tag = TodoTaskTagModel.of(admin).create(v -> v.name("old"));
        long demoUser = admin.model("res.users").search(Domain.leaf("login", "=", "demo")).get(0);
        List<TodoTaskValues> values = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            values.add(new TodoTaskValues().name("Old server " + i).user(i % 2 == 0 ? admin.uid() : demoUser)
                    .tags(List.of(tag)));
        }
        TodoTaskModel.of(admin).createAll(values);
    }

    @ParameterizedTest
    @EnumSource(value = Protocol.class, names = {"XMLRPC", "JSONRPC"})
    void iterating500TasksCostsTheLoginAndOneCallPerModelAfterOneRememberedRefusal(Protocol protocol,
            OdooTestServer server) {
        try (ServerCalls calls = ServerCalls.record(); OdooClient odoo = client(server, protocol, false)) {
            server.resetRequestCount();
            assertEquals("500 tasks, users 2, creators 1, tags [old]", readPage(odoo));
            List<String> expected = new ArrayList<>(List.of("common.authenticate", REFUSED));
            expected.addAll(ONE_CALL_PER_MODEL);
            assertEquals(expected, calls.list());
            assertEquals(5, server.requestCount(), "login, the refusal, search_read, users, tags");

            calls.clear();
            server.resetRequestCount();
            assertEquals("500 tasks, users 2, creators 1, tags [old]", readPage(odoo));
            assertEquals(ONE_CALL_PER_MODEL, calls.list(), "the refusal is remembered for the client's connection");
            assertEquals(3, server.requestCount());

            assertFalse(odoo.version().hasWebSearchReadSpecification(), "the server answers as Odoo 16");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Protocol.class, names = {"XMLRPC", "JSONRPC"})
    void aClientThatAskedTheVersionSearchesWithoutTheRefusal(Protocol protocol, OdooTestServer server) {
        try (ServerCalls calls = ServerCalls.record(); OdooClient odoo = client(server, protocol, false)) {
            assertEquals(16, odoo.version().major());
            calls.clear();
            assertEquals("500 tasks, users 2, creators 1, tags [old]", readPage(odoo));
            List<String> expected = new ArrayList<>(List.of("common.authenticate"));
            expected.addAll(ONE_CALL_PER_MODEL);
            assertEquals(expected, calls.list(), "the version said 16: search_read at once, nothing refused");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Protocol.class, names = {"XMLRPC", "JSONRPC"})
    void aStrictClientLoadsTheRelatedRecordsBeforeTheFirstValue(Protocol protocol, OdooTestServer server) {
        try (ServerCalls calls = ServerCalls.record(); OdooClient strict = client(server, protocol, true)) {
            strict.authenticate();
            calls.clear();
            assertEquals("500 tasks, users 2, creators 1, tags [old]", readPage(strict));
            assertEquals(List.of(REFUSED, "todo.task.search_read", "res.users.read", "res.partner.read",
                    "todo.task.tag.read"), calls.list(), "search_read, then one read each of the users (assignees"
                    + " and creators), their partners and the tags, all before the first value was read");
        }
    }

    private static OdooClient client(OdooTestServer server, Protocol protocol, boolean strict) {
        return OdooClient.builder().url(server.url()).database(server.databaseName()).login(OdooTestServer.ADMIN)
                .password(OdooTestServer.ADMIN).protocol(protocol).strictReads(strict).build();
    }

    /** Iterates the page as users write it, touching every relation. */
    private static String readPage(OdooClient odoo) {
        Set<String> users = new HashSet<>();
        Set<String> creators = new HashSet<>();
        Set<String> tags = new TreeSet<>();
        int seen = 0;
        for (TodoTask task : TodoTaskModel.of(odoo).search(TodoTaskModel.NAME.ilike("Old server "))) {
            task.name();
            ResUsers user = task.user();
            if (user != null) {
                users.add(user.getName());
            }
            creators.add(task.createdBy().getName());
            task.tags().forEach(t -> tags.add(t.name()));
            seen++;
        }
        return seen + " tasks, users " + users.size() + ", creators " + creators.size() + ", tags " + tags;
    }
}
