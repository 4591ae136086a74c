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
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Against a server older than 17 (no nested specification): one call per model for the page, three for tasks,
 * users (assignee and creator together) and tags, after one refused {@code web_search_read} per client.
 */
@OdooTest
class OlderServerTest {

    @Test
    void iterating500TasksWithUsersCreatorsAndTagsCostsOneCallPerModel(OdooClient admin, OdooTestServer server) {
        TodoTaskTagRecord tag = TodoTaskTagModel.of(admin).create(v -> v.name("old"));
        long demoUser = admin.model("res.users").search(Domain.leaf("login", "=", "demo")).get(0);
        List<TodoTaskValues> values = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            values.add(new TodoTaskValues().name("Old server " + i).user(i % 2 == 0 ? admin.uid() : demoUser)
                    .tags(List.of(tag)));
        }
        TodoTaskModel.of(admin).createAll(values);

        try (Odoo16Front front = Odoo16Front.start(server.url());
                OdooClient odoo = OdooClient.builder().url(front.url()).database(server.databaseName())
                        .login(OdooTestServer.ADMIN).password(OdooTestServer.ADMIN).build()) {
            odoo.authenticate();
            server.resetRequestCount();

            assertEquals("500 tasks, users 2, creators 1, tags [old]", readPage(odoo));
            assertEquals(1, front.refusedSpecifications(), "web_search_read with a specification, refused once");
            assertEquals(3, server.requestCount(),
                    "search_read of the tasks, one read of the users and creators (both res.users), one of tags");

            server.resetRequestCount();
            assertEquals("500 tasks, users 2, creators 1, tags [old]", readPage(odoo));
            assertEquals(1, front.refusedSpecifications(), "the refusal is remembered for the client's connection");
            assertEquals(3, server.requestCount(), "one call per model, none refused");

            assertFalse(odoo.version().hasWebSearchReadSpecification(), "the front answers as Odoo 16");
        }

        // A strict client reads no value lazily, so its search loads the related records before returning.
        try (Odoo16Front front = Odoo16Front.start(server.url());
                OdooClient strict = OdooClient.builder().url(front.url()).database(server.databaseName())
                        .login(OdooTestServer.ADMIN).password(OdooTestServer.ADMIN).strictReads(true).build()) {
            strict.authenticate();
            server.resetRequestCount();

            assertEquals("500 tasks, users 2, creators 1, tags [old]", readPage(strict));
            assertEquals(4, server.requestCount(), "search_read, then one read each of the users (assignees and"
                    + " creators), their partners and the tags, all before the first value was read");
        }
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
