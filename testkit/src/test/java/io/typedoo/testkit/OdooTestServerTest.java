package io.typedoo.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OdooTestServerTest {

    @Test
    void startsOnAFreeLoopbackPortWithTheDemoDatabase() {
        try (OdooTestServer server = OdooTestServer.start()) {
            assertTrue(server.port() > 0);
            assertEquals("http://127.0.0.1:" + server.port(), server.url());
            assertEquals("demo", server.databaseName());
            assertEquals(2L, RawJsonRpc.call(server.url(), "common", "authenticate", "demo", "admin", "admin", Map.of())
                    .get("result").asLong());
            assertEquals(6L, RawJsonRpc.call(server.url(), "common", "login", "demo", "demo", "demo")
                    .get("result").asLong());
        }
    }

    @Test
    void listensOnTheGivenPortAndSaysSoWhenItIsTaken() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (OdooTestServer server = OdooTestServer.builder().port(port).start()) {
            assertEquals("http://127.0.0.1:" + port, server.url());
            UncheckedIOException taken = assertThrows(UncheckedIOException.class,
                    () -> OdooTestServer.builder().port(port).start());
            assertTrue(taken.getMessage().contains("Cannot listen on 127.0.0.1:" + port), taken.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> OdooTestServer.builder().port(70_000));
    }

    @Test
    void configureDeclaresModelsAndSeedsBeforeTheFirstRequest() {
        try (OdooTestServer server = OdooTestServer.builder()
                .configure(models -> models.define("library.book").charField("name").required().register())
                .configure(models -> models.seed("library.book", Map.of("name", "Dune")))
                .start()) {
            assertEquals("Dune", RawJsonRpc.executeKw(server.url(), "library.book", "search_read",
                    List.of(List.of()), Map.of("fields", List.of("name"))).get(0).get("name").asText());
        }
    }

    @Test
    void aDataDirectoryKeepsWritesAcrossRestarts(@TempDir Path dir) {
        long id;
        try (OdooTestServer server = OdooTestServer.builder().dataDir(dir).start()) {
            id = RawJsonRpc.executeKw(server.url(), "todo.task", "create", List.of(Map.of("name", "Survive")),
                    Map.of()).asLong();
        }
        try (OdooTestServer again = OdooTestServer.builder().dataDir(dir).start()) {
            assertEquals("Survive", RawJsonRpc.executeKw(again.url(), "todo.task", "read", List.of(List.of(id)),
                    Map.of("fields", List.of("name"))).get(0).get("name").asText());
        }
    }

    @Test
    void clientsTalkToTheServerAndRoundTripsAreCountedThere() {
        try (OdooTestServer server = OdooTestServer.start()) {
            OdooClient admin = server.client();
            server.resetRequestCount();
            assertEquals(37L, admin.execute("res.partner", "search_count", List.of(List.of())));
            assertEquals(2, server.requestCount(), "authenticate, then search_count");
            assertEquals(37L, server.client(Protocol.JSONRPC).execute("res.partner", "search_count", List.of(List.of())));
            assertEquals(6, server.client("demo", "demo", Protocol.XMLRPC).authenticate());
            assertEquals(5, server.requestCount(), "2 more for the JSON-RPC client, 1 for the demo login");
        }
    }

    @Test
    void stopIsIdempotent() {
        OdooTestServer server = OdooTestServer.start();
        server.stop();
        server.close();
        IllegalStateException stopped = assertThrows(IllegalStateException.class, server::client);
        assertEquals("The server at " + server.url() + " is stopped", stopped.getMessage());
    }
}
