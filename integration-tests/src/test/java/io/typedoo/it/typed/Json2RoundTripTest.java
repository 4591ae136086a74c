package io.typedoo.it.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.client.CallEvent;
import io.typedoo.client.CallListener;
import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import io.typedoo.domain.Domain;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The round trips the generated classes cost over JSON-2, counted on the server answering as Odoo 19: the API key
 * is the identity, so a fresh client reads the 500-task page with its users and tags in one request, login
 * included (two on XML-RPC and JSON-RPC, in more bytes); 1,000 creates are one request, marking them done one
 * more.
 */
@OdooTest(odooVersion = 19)
class Json2RoundTripTest {

    private static final String PREFIX = "JSON-2 trip ";

    private static OdooClient fresh(OdooTestServer server) {
        return OdooClient.builder().url(server.url()).database(server.databaseName())
                .apiKey(OdooTestServer.ADMIN_API_KEY).protocol(Protocol.JSON2).build();
    }

    @BeforeAll
    static void seed(OdooTestServer server) {
        try (OdooClient odoo = fresh(server)) {
            List<TodoTaskTagRecord> tags = TodoTaskTagModel.of(odoo).createAll(List.of(
                    new TodoTaskTagValues().name("red"), new TodoTaskTagValues().name("green"),
                    new TodoTaskTagValues().name("blue")));
            List<Long> users = odoo.model("res.users").search(Domain.leaf("login", "in", List.of("admin", "demo")));
            List<TodoTaskValues> values = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                values.add(new TodoTaskValues().name(PREFIX + i).tags(List.of(tags.get(i % 3)))
                        .user(users.get(i % 2)));
            }
            TodoTaskModel.of(odoo).createAll(values);
        }
    }

    /** Request and response body bytes of every round trip, and how many there were. */
    private static final class Meter implements CallListener {
        final AtomicLong calls = new AtomicLong();
        final AtomicLong requestBytes = new AtomicLong();
        final AtomicLong responseBytes = new AtomicLong();

        @Override
        public void onCall(CallEvent event) {
            calls.incrementAndGet();
            requestBytes.addAndGet(event.requestBytes());
            responseBytes.addAndGet(event.responseBytes());
        }
    }

    /** A fresh client of the protocol, as admin: the API key on JSON-2, the password on the others. */
    private static OdooClient fresh(OdooTestServer server, Protocol protocol, Meter meter) {
        OdooClient.Builder builder = OdooClient.builder().url(server.url()).database(server.databaseName())
                .protocol(protocol).listener(meter);
        return protocol == Protocol.JSON2 ? builder.apiKey(OdooTestServer.ADMIN_API_KEY).build()
                : builder.login(OdooTestServer.ADMIN).password(OdooTestServer.ADMIN).build();
    }

    /**
     * The idiomatic loop over the page: the search at this line brings the defaults the first time, then what the
     * loop read (name, user's name, tags' names), as a page read again and again in an application does.
     */
    private static String readPage(OdooClient odoo) {
        List<String> page = new ArrayList<>();
        Set<String> userNames = new HashSet<>();
        Set<String> tagNames = new HashSet<>();
        for (TodoTaskRecord task : TodoTaskModel.of(odoo).search(TodoTaskModel.NAME.ilike(PREFIX),
                TodoTaskModel.ID.asc())) {
            ResUsers user = task.user();
            if (user != null) {
                userNames.add(user.getName());
            }
            task.tags().forEach(tag -> tagNames.add(tag.name()));
            page.add(task.name() + "|" + (user == null ? "" : user.getName()) + "|"
                    + task.tags().stream().map(TodoTaskTag::name).toList());
        }
        assertEquals(500, page.size());
        assertEquals(Set.of("red", "green", "blue"), tagNames);
        assertEquals(2, userNames.size(), userNames.toString());
        return page.toString();
    }

    /**
     * The figures of the protocol table in the runtime guide: the same page read the same way over each protocol
     * from a fresh client, with the plan learnt at the line (a first read warms it up), round trips counted on
     * the server, body bytes by the client. Printed as the table's rows.
     */
    @Test
    void theFiveHundredTaskPageWithUsersAndTagsIsOneRequestOnJson2AndTheSmallest(OdooTestServer server) {
        Map<Protocol, Meter> meters = new EnumMap<>(Protocol.class);
        Map<Protocol, Long> requests = new EnumMap<>(Protocol.class);
        String firstPage;
        try (OdooClient warmUp = fresh(server)) {
            firstPage = readPage(warmUp);
        }
        for (Protocol protocol : List.of(Protocol.JSON2, Protocol.XMLRPC, Protocol.JSONRPC)) {
            Meter meter = new Meter();
            try (OdooClient odoo = fresh(server, protocol, meter)) {
                server.resetRequestCount();
                assertEquals(firstPage, readPage(odoo), protocol + " reads the same page");
                requests.put(protocol, server.requestCount());
                meters.put(protocol, meter);
            }
        }
        System.out.printf(Locale.ROOT, "| round trips, authentication included | %d | %d | %d |%n",
                requests.get(Protocol.JSON2), requests.get(Protocol.XMLRPC), requests.get(Protocol.JSONRPC));
        System.out.printf(Locale.ROOT, "| request bytes | %,d | %,d | %,d |%n",
                meters.get(Protocol.JSON2).requestBytes.get(), meters.get(Protocol.XMLRPC).requestBytes.get(),
                meters.get(Protocol.JSONRPC).requestBytes.get());
        System.out.printf(Locale.ROOT, "| response bytes | %,d | %,d | %,d |%n",
                meters.get(Protocol.JSON2).responseBytes.get(), meters.get(Protocol.XMLRPC).responseBytes.get(),
                meters.get(Protocol.JSONRPC).responseBytes.get());

        assertEquals(1, requests.get(Protocol.JSON2), "web_search_read with a specification; no login, no version()");
        assertEquals(2, requests.get(Protocol.XMLRPC), "authenticate, then web_search_read");
        assertEquals(2, requests.get(Protocol.JSONRPC), "authenticate, then web_search_read");
        assertEquals(1, meters.get(Protocol.JSON2).calls.get());
        long json2 = meters.get(Protocol.JSON2).responseBytes.get();
        assertTrue(json2 < meters.get(Protocol.JSONRPC).responseBytes.get(), "JSON-2's bare result has no envelope");
        assertTrue(4 * json2 < meters.get(Protocol.XMLRPC).responseBytes.get(), "XML-RPC's markup is 4x larger");
        assertTrue(meters.get(Protocol.JSON2).requestBytes.get() < meters.get(Protocol.JSONRPC).requestBytes.get(),
                "one request with a named specification against a login and an execute_kw");
    }

    @Test
    void aThousandCreatesAreOneRequestAndMarkingThemDoneOneMore(OdooTestServer server) {
        try (OdooClient odoo = fresh(server)) {
            TodoTaskModel tasks = TodoTaskModel.of(odoo);
            server.resetRequestCount();
            List<TodoTaskRecord> created = tasks.createAll(IntStream.range(0, 1000)
                    .mapToObj(i -> new TodoTaskValues().name("JSON-2 bulk " + i).priority(Priority.HIGH))
                    .toList());
            assertEquals(1, server.requestCount(), "create with vals_list, including authentication");
            assertEquals(1000, created.size());
            tasks.write(created, v -> v.isDone(true));
            assertEquals(2, server.requestCount(), "write on every id at once");
            assertEquals(1000, tasks.count(TodoTaskModel.NAME.ilike("JSON-2 bulk ").and(TodoTaskModel.IS_DONE.isTrue())));
        }
    }

    @Test
    void modelMethodsGoByNameAndNoneIsSuccessForVoid(OdooTestServer server) {
        try (OdooClient odoo = fresh(server)) {
            TodoTaskRecord task = TodoTaskModel.of(odoo).create(new TodoTaskValues().name("JSON-2 toggle"));
            assertTrue(task.toggleDone());
            assertTrue(task.isDone());
            task.doNothing();
        }
    }
}
