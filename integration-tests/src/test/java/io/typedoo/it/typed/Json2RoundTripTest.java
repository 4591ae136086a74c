package io.typedoo.it.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
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

/**
 * The round trips the generated classes cost over JSON-2, counted on the server answering as Odoo 19: the API key
 * is the identity, so a fresh client reads the 500-task page with its users and tags in one request, login
 * included; 1,000 creates are one request, marking them done one more.
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

    @Test
    void theFiveHundredTaskPageWithUsersAndTagsIsOneRequestIncludingAuthentication(OdooTestServer server) {
        try (OdooClient odoo = fresh(server)) {
            server.resetRequestCount();
            int seen = 0;
            Set<String> userNames = new HashSet<>();
            Set<String> tagNames = new HashSet<>();
            for (TodoTaskRecord task : TodoTaskModel.of(odoo).search(TodoTaskModel.NAME.ilike(PREFIX),
                    TodoTaskModel.ID.asc())) {
                ResUsers user = task.user();
                if (user != null) {
                    userNames.add(user.getName());
                }
                task.tags().forEach(tag -> tagNames.add(tag.name()));
                seen++;
            }
            assertEquals(500, seen);
            assertEquals(Set.of("red", "green", "blue"), tagNames);
            assertEquals(2, userNames.size(), userNames.toString());
            assertEquals(1, server.requestCount(), "web_search_read with a specification; no login, no version()");
        }
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
