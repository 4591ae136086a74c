package io.typedoo.it.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import io.typedoo.domain.Domain;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Against the testkit answering as Odoo 17, the first version whose {@code web_search_read} takes a nested
 * specification: the idiomatic loop from a fresh client is two requests with the login, as on 18, and nothing is
 * refused. Counted on the server, call by call.
 */
@OdooTest(odooVersion = 17)
class Odoo17RoundTripTest {

    private static final String PREFIX = "Seventeen ";

    @BeforeAll
    static void seed(OdooClient odoo) {
        TodoTaskTagRecord tag = TodoTaskTagModel.of(odoo).create(v -> v.name("seventeen"));
        long demoUser = odoo.model("res.users").search(Domain.leaf("login", "=", "demo")).get(0);
        List<TodoTaskValues> values = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            values.add(new TodoTaskValues().name(PREFIX + i).user(i % 2 == 0 ? odoo.uid() : demoUser)
                    .tags(List.of(tag)));
        }
        TodoTaskModel.of(odoo).createAll(values);
    }

    @ParameterizedTest
    @EnumSource(value = Protocol.class, names = {"XMLRPC", "JSONRPC"})
    void theIdiomaticLoopFromAFreshClientIsTwoRequestsWithLogin(Protocol protocol, OdooTestServer server) {
        try (ServerCalls calls = ServerCalls.record();
                OdooClient fresh = OdooClient.builder().url(server.url()).database(server.databaseName())
                        .login(OdooTestServer.ADMIN).password(OdooTestServer.ADMIN).protocol(protocol).build()) {
            server.resetRequestCount();
            Set<String> seen = RoundTripTest.readPageAsUsersDo(fresh, PREFIX);
            assertEquals(100, seen.size());
            assertTrue(seen.stream().allMatch(s -> s.endsWith("[seventeen]")), seen::toString);
            assertEquals(List.of("common.authenticate", "todo.task.web_search_read"), calls.list());
            assertEquals(2, server.requestCount(), "authenticate, then web_search_read; no version() call");
            assertTrue(fresh.version().hasWebSearchReadSpecification(), "the server answers as Odoo 17");
        }
    }
}
