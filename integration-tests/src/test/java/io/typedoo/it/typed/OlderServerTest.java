package io.typedoo.it.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.typedoo.client.OdooClient;
import io.typedoo.domain.Domain;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Against a server older than 17 (no nested specification): one call per model, at most three for the page. */
@OdooTest
class OlderServerTest {

    @Test
    void iterating500TasksWithUsersAndTagsCostsAtMostThreeCalls(OdooClient admin, OdooTestServer server) {
        TodoTaskTagRecord tag = TodoTaskTagModel.of(admin).create(v -> v.name("old"));
        long demoUser = admin.model("res.users").search(Domain.leaf("login", "=", "demo")).get(0);
        List<TodoTaskValues> values = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            values.add(new TodoTaskValues().name("Old server " + i).user(i % 2 == 0 ? admin.uid() : demoUser)
                    .tags(List.of(tag)));
        }
        TodoTaskModel.of(admin).createAll(values);

        try (Front front = Front.odoo16(server.url());
                OdooClient odoo = OdooClient.builder().url(front.url()).database(server.databaseName())
                        .login(OdooTestServer.ADMIN).password(OdooTestServer.ADMIN).build()) {
            assertFalse(odoo.version().hasWebSearchReadSpecification());
            odoo.authenticate();
            server.resetRequestCount();

            Set<String> users = new HashSet<>();
            Set<String> tags = new HashSet<>();
            int seen = 0;
            for (TodoTask task : TodoTaskModel.of(odoo).search(TodoTaskModel.NAME.ilike("Old server "))) {
                task.name();
                ResUsers user = task.user();
                if (user != null) {
                    users.add(user.getName());
                }
                task.tags().forEach(t -> tags.add(t.name()));
                seen++;
            }

            assertEquals(500, seen);
            assertEquals(2, users.size());
            assertEquals(Set.of("old"), tags);
            assertEquals(3, server.requestCount(), "search_read of the tasks, one read of users, one of tags");
        }
    }
}
