package io.typedoo.it.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import io.typedoo.typed.Page;
import io.typedoo.domain.Domain;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The round trips the generated classes cost, counted on the server: reading 500 tasks with their users and tags,
 * creating 1,000 tasks, marking them done.
 */
@OdooTest
class RoundTripTest {

    private static final String PREFIX = "Round trip ";

    @BeforeAll
    static void seed(OdooClient odoo) {
        TodoTaskModel tasks = TodoTaskModel.of(odoo);
        TodoTaskTagModel tagModel = TodoTaskTagModel.of(odoo);
        List<TodoTaskTagRecord> tags = tagModel.createAll(List.of(
                new TodoTaskTagValues().name("red"), new TodoTaskTagValues().name("green"),
                new TodoTaskTagValues().name("blue")));
        long demoUser = odoo.model("res.users").search(Domain.leaf("login", "=", "demo")).get(0);
        List<TodoTaskValues> values = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            TodoTaskValues v = new TodoTaskValues().name(PREFIX + i).tags(List.of(tags.get(i % 3)));
            values.add(i % 2 == 0 ? v.user(odoo.uid()) : v.user(demoUser));
        }
        tasks.createAll(values);
    }

    /** Logs in, so that the counts below are those of the operations. */
    private static void warmUp(OdooClient odoo, OdooTestServer server) {
        odoo.authenticate();
        server.resetRequestCount();
    }

    @ParameterizedTest
    @EnumSource(value = Protocol.class, names = {"XMLRPC", "JSONRPC"})
    void theIdiomaticLoopFromAFreshClientIsTwoRequestsWithLogin(Protocol protocol, OdooTestServer server) {
        try (OdooClient fresh = OdooClient.builder().url(server.url()).database(server.databaseName())
                .login(OdooTestServer.ADMIN).password(OdooTestServer.ADMIN).protocol(protocol).build()) {
            server.resetRequestCount();
            assertEquals(100, readPageAsUsersDo(fresh, PREFIX).size());
            assertEquals(2, server.requestCount(), "authenticate, then web_search_read; no version() call");
        }
    }

    /**
     * The idiomatic loop: the first 100 tasks named {@code prefix...}, each one's name, user's and creator's names
     * and tags' names read in a plain for-loop; one line per task.
     */
    static Set<String> readPageAsUsersDo(OdooClient odoo, String prefix) {
        Set<String> seen = new HashSet<>();
        for (TodoTaskRecord task : TodoTaskModel.of(odoo).search(TodoTaskModel.NAME.ilike(prefix), Page.first(100))) {
            ResUsers user = task.user();
            seen.add(task.name() + (user == null ? "" : user.getName()) + task.createdBy().getName()
                    + task.tags().stream().map(TodoTaskTag::name).toList());
        }
        return seen;
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void againstOdoo19ItIsTwoRequestsWithLoginAndOneOverJson2(Protocol protocol) {
        try (OdooTestServer nineteen = OdooTestServer.builder().odooVersion(19).start();
                OdooClient admin = nineteen.client()) {
            TodoTaskModel.of(admin).createAll(IntStream.range(0, 30)
                    .mapToObj(i -> new TodoTaskValues().name(PREFIX + i).user(admin.uid())).toList());
            OdooClient.Builder builder = OdooClient.builder().url(nineteen.url())
                    .database(nineteen.databaseName()).login(OdooTestServer.ADMIN).protocol(protocol);
            try (OdooClient fresh = protocol == Protocol.JSON2
                    ? builder.apiKey(OdooTestServer.ADMIN_API_KEY).build()
                    : builder.password(OdooTestServer.ADMIN).build()) {
                nineteen.resetRequestCount();
                Set<String> seen = new HashSet<>();
                for (TodoTaskRecord task : TodoTaskModel.of(fresh).search(TodoTaskModel.NAME.ilike(PREFIX))) {
                    seen.add(task.name() + task.user().getName() + task.createdBy().getName() + task.tags());
                }
                assertEquals(30, seen.size());
                if (protocol == Protocol.JSON2) {
                    assertEquals(1, nineteen.requestCount(), "web_search_read with the API key as bearer token");
                } else {
                    assertEquals(2, nineteen.requestCount(), "authenticate, then web_search_read");
                }
            }
        }
    }

    @Test
    void iterating500TasksWithUserNamesAndTagNamesIsOneCallWithASpecification(OdooClient odoo,
            OdooTestServer server) {
        TodoTaskModel tasks = TodoTaskModel.of(odoo);
        warmUp(odoo, server);

        int seen = 0;
        Set<String> userNames = new HashSet<>();
        Set<String> tagNames = new HashSet<>();
        for (TodoTaskRecord task : tasks.search(TodoTaskModel.NAME.ilike(PREFIX), TodoTaskModel.ID.asc())) {
            assertTrue(task.name().startsWith(PREFIX));
            ResUsers user = task.user();
            if (user != null) {
                userNames.add(user.getName());
            }
            for (TodoTaskTag tag : task.tags()) {
                tagNames.add(tag.name());
            }
            seen++;
        }

        assertEquals(500, seen);
        assertEquals(Set.of("red", "green", "blue"), tagNames);
        assertEquals(2, userNames.size(), userNames.toString());
        assertEquals(1, server.requestCount(), "web_search_read with a nested specification");
    }

    @Test
    void browsingLoadsEachModelOnceForTheWholeGroup(OdooClient odoo, OdooTestServer server) {
        TodoTaskModel tasks = TodoTaskModel.of(odoo);
        List<Long> ids = odoo.model("todo.task").search(Domain.leaf("name", "ilike", PREFIX));
        warmUp(odoo, server);

        List<TodoTaskRecord> browsed = tasks.browse(ids);
        assertEquals(0, server.requestCount(), "browse makes handles only");
        Set<String> partnerNames = new HashSet<>();
        for (TodoTaskRecord task : browsed) {
            task.name();
            ResUsers user = task.user();
            if (user != null) {
                partnerNames.add(user.getPartner().name());
            }
            task.tags().forEach(TodoTaskTag::name);
        }

        assertEquals(2, partnerNames.size());
        assertEquals(4, server.requestCount(), "tasks, users, partners, tags: one read each");
    }

    @Test
    void creatingAThousandTasksIsOneCallAndMarkingThemDoneIsOneMore(OdooClient odoo, OdooTestServer server) {
        TodoTaskModel tasks = TodoTaskModel.of(odoo);
        warmUp(odoo, server);

        List<TodoTaskRecord> created = tasks.createAll(IntStream.range(0, 1000)
                .mapToObj(i -> new TodoTaskValues().name("Bulk " + i).priority(Priority.HIGH))
                .toList());
        assertEquals(1, server.requestCount(), "create with a list of values");
        assertEquals(1000, created.size());

        tasks.write(created, v -> v.isDone(true));
        assertEquals(2, server.requestCount(), "write on every id at once");

        server.resetRequestCount();
        long done = tasks.count(TodoTaskModel.NAME.ilike("Bulk ").and(TodoTaskModel.IS_DONE.isTrue()));
        assertEquals(1000, done);
        assertTrue(created.get(999).isDone(), "the written field was dropped from the cache and re-read");
        assertEquals(2, server.requestCount(), "search_count, then one read for the 1,000 records");
    }
}
