package io.typedoo.testkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.typedoo.annotations.OdooField;
import io.typedoo.annotations.OdooModel;
import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import io.typedoo.testkit.OdooTestServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs {@code @OdooTest} fixture classes through the JUnit engine and checks from outside what the extension
 * did: one server per class shared by its tests and nested classes, parameters injected as asked, models
 * declared, and the server stopped after the class.
 */
class OdooTestExtensionTest {

    /** What the fixtures saw, for the checks that run after them. */
    static final List<Object> SEEN = new CopyOnWriteArrayList<>();

    @OdooModel("library.book")
    interface Book {
        String name();

        @OdooField("published_on")
        LocalDate publishedOn();

        boolean isLent();
    }

    @OdooTest(models = Book.class)
    static class Fixture {
        @BeforeAll
        static void seed(OdooTestServer server) {
            server.database().models().seed("library.book", Map.of("name", "Dune", "published_on", "1965-08-01"));
            SEEN.add(server);
        }

        @Test
        void adminOverXmlRpcByDefault(OdooTestServer server, OdooClient admin) {
            SEEN.add(server);
            assertEquals("admin", admin.login());
            assertEquals(Protocol.XMLRPC, admin.protocol());
            assertEquals(server.url(), admin.url().toString());
            assertEquals("demo", admin.database());
        }

        @Test
        void loginAndProtocolPerParameter(@Login("demo") OdooClient demo,
                @UseProtocol(Protocol.JSONRPC) OdooClient json, OdooClient admin, OdooClient adminAgain) {
            assertEquals("demo", demo.login());
            assertEquals(Protocol.XMLRPC, demo.protocol());
            assertEquals(Protocol.JSONRPC, json.protocol());
            assertEquals("admin", json.login());
            assertSame(admin, adminAgain, "clients are cached per login and protocol");
        }

        @Test
        void declaredModelHoldsTheSeededRecord(OdooTestServer server) {
            Object count = server.database().execute(2, "admin", "library.book", "search_count",
                    List.of(List.of(List.of("is_lent", "=", false))), Map.of());
            assertEquals(1L, count);
        }

        @Nested
        class Inner {
            @Test
            void sharesTheOuterServer(OdooTestServer server) {
                SEEN.add(server);
            }
        }
    }

    @OdooTest(protocol = Protocol.JSONRPC)
    static class JsonFixture {
        @Test
        void classWideProtocol(OdooClient admin) {
            assertEquals(Protocol.JSONRPC, admin.protocol());
        }
    }

    @OdooTest(odooVersion = 19)
    static class Odoo19Fixture {
        @Test
        void answersAsOdoo19(OdooTestServer server, OdooClient admin) {
            assertEquals(19, server.odooVersion());
            assertEquals("19.0", admin.version().serverVersion());
        }
    }

    @OdooTest(odooVersion = 16)
    static class Odoo16Fixture {
        @Test
        void answersAsOdoo16(OdooTestServer server, OdooClient admin) {
            assertEquals(16, server.odooVersion());
            assertEquals("16.0", admin.version().serverVersion());
        }
    }

    @OdooTest(models = String.class)
    static class NotAModelFixture {
        @Test
        void neverRuns() {
            SEEN.add("ran");
        }
    }

    private static Events run(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute().allEvents();
    }

    @Test
    void oneServerPerClassSharedByItsTestsAndStoppedAfterwards() {
        SEEN.clear();
        Events events = run(Fixture.class);
        events.assertStatistics(stats -> stats.failed(0));
        assertEquals(4, events.succeeded().filter(e -> e.getTestDescriptor().isTest()).count(), events::toString);
        assertEquals(3, SEEN.size());
        OdooTestServer server = (OdooTestServer) SEEN.get(0);
        assertTrue(SEEN.stream().allMatch(seen -> seen == server), "one server for the class and its nested class");
        assertThrows(ConnectException.class, () -> {
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                assertNotNull(socket);
            }
        }, "the server is stopped after the class");
    }

    @Test
    void odooVersionForTheWholeClass() {
        run(Odoo19Fixture.class).assertStatistics(stats -> stats.succeeded(3).failed(0));   // engine, class, test
        run(Odoo16Fixture.class).assertStatistics(stats -> stats.succeeded(3).failed(0));
    }

    @Test
    void protocolForTheWholeClass() {
        run(JsonFixture.class).assertStatistics(stats -> stats.succeeded(3).failed(0));
    }

    @Test
    void aClassThatIsNotAModelIsAClearError() throws IOException {
        SEEN.clear();
        Events events = run(NotAModelFixture.class);
        Throwable failure = events.failed().stream().findFirst().orElseThrow()
                .getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class).getThrowable()
                .orElseThrow();
        assertTrue(String.valueOf(failure.getMessage()).contains("java.lang.String.class): not an interface "
                + "annotated with @OdooModel"), String.valueOf(failure));
        assertTrue(SEEN.isEmpty());
    }
}
