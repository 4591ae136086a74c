package io.typedoo.testkit.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.testkit.ServerOverHttp;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP side over real loopback HTTP: routing, status codes, limits, counting and concurrent clients. */
class RpcHttpServerTest {

    private static final String VERSION_CALL =
            "<?xml version='1.0'?>\n<methodCall>\n<methodName>version</methodName>\n<params>\n</params>\n</methodCall>\n";

    @RegisterExtension
    static final ServerOverHttp wire = new ServerOverHttp();

    @BeforeEach
    void resetCount() {
        wire.server().resetRequestCount();
    }

    @Test
    void servesVersionOnEveryXmlRpcEndpoint() throws Exception {
        for (String path : List.of("/xmlrpc/2/common", "/xmlrpc/common")) {
            HttpResponse<String> answer = wire.post(path, VERSION_CALL);
            assertEquals(200, answer.statusCode());
            assertEquals("text/xml; charset=utf-8", answer.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(answer.body().contains("<name>server_version</name>\n<value><string>18.0</string>"),
                    answer.body());
        }
        assertEquals(2, wire.server().requestCount());
    }

    @Test
    void unknownServiceIsAKeyErrorFault() throws Exception {
        HttpResponse<String> answer = wire.post("/xmlrpc/2/nosuchservice", VERSION_CALL);
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("<name>faultCode</name>\n<value><int>1</int>"), answer.body());
        assertTrue(answer.body().contains("KeyError: 'nosuchservice'\n</string>"), answer.body());
    }

    @Test
    void theDatabaseServiceListsTheOneDatabaseAndManagesNothing() throws Exception {
        String call = "{\"params\": {\"service\": \"db\", \"method\": \"%s\", \"args\": []}, \"id\": 1}";
        assertEquals("{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": [\"demo\"]}",
                wire.post("/jsonrpc", call.formatted("list")).body());
        assertEquals("{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": \"18.0\"}",
                wire.post("/jsonrpc", call.formatted("server_version")).body());
        String drop = wire.post("/jsonrpc", call.formatted("drop")).body();
        assertTrue(drop.contains("\"message\": \"Method not found: drop\""), drop);
    }

    @Test
    void otherPathsAndMethodsAreNotRpc() throws Exception {
        assertEquals(404, wire.post("/web/login", "{}").statusCode());
        HttpResponse<String> get = wire.get("/jsonrpc");
        assertEquals(405, get.statusCode());
        assertEquals("POST", get.headers().firstValue("Allow").orElseThrow());
        assertEquals(0, wire.server().requestCount(), "only RPC requests are counted");
    }

    @Test
    void malformedJsonIsHttp400AsInOdoo() throws Exception {
        HttpResponse<String> answer = wire.post("/jsonrpc", "{\"jsonrpc\": \"2.0\", \"method\": \"call\", \"params\": {");
        assertEquals(400, answer.statusCode());
        assertEquals("text/html; charset=utf-8", answer.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("Invalid JSON data", answer.body());
    }

    @Test
    void jsonRpcEchoesTheIdWithItsType() throws Exception {
        String call = "{\"params\": {\"service\": \"common\", \"method\": \"version\", \"args\": []}, \"id\": %s}";
        assertTrue(wire.post("/jsonrpc", call.formatted("1.5")).body().startsWith("{\"jsonrpc\": \"2.0\", \"id\": 1.5, "));
        assertTrue(wire.post("/jsonrpc", call.formatted("\"x\"")).body().startsWith("{\"jsonrpc\": \"2.0\", \"id\": \"x\""));
        assertTrue(wire.post("/jsonrpc", call.formatted("null")).body().startsWith("{\"jsonrpc\": \"2.0\", \"id\": null"));
    }

    @Test
    void jsonRpcWithoutArgsIsATypeError() throws Exception {
        String body = wire.post("/jsonrpc", "{\"params\": {\"service\": \"common\", \"method\": \"version\"}, \"id\": 3}")
                .body();
        assertTrue(body.contains("\"name\": \"builtins.TypeError\""), body);
        assertTrue(body.contains("\"code\": 200, \"message\": \"Odoo Server Error\""), body);
    }

    @Test
    void xmlRpcExternalEntitiesAreRefusedAsAFault() throws Exception {
        String xxe = "<?xml version='1.0'?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<methodCall><methodName>&x;</methodName></methodCall>";
        HttpResponse<String> answer = wire.post("/xmlrpc/2/common", xxe);
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("<value><int>1</int></value>"), answer.body());
        assertFalse(answer.body().contains("root:"), answer.body());
    }

    @Test
    void oversizedBodiesAreRefusedBeforeBeingRead() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", wire.server().port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /jsonrpc HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                    + (RpcHttpServer.MAX_BODY_BYTES + 1L) + "\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 413", statusLine);
        }
    }

    @Test
    void requestsAreLoggedAtDebugWithoutTheirPassword() throws Exception {
        java.util.logging.Logger requests = java.util.logging.Logger.getLogger("io.typedoo.testkit.requests");
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                lines.add(java.text.MessageFormat.format(record.getMessage(), record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Level before = requests.getLevel();
        requests.setLevel(java.util.logging.Level.FINE);
        requests.addHandler(handler);
        try {
            wire.post("/jsonrpc", "{\"params\": {\"service\": \"object\", \"method\": \"execute_kw\", \"args\": "
                    + "[\"demo\", 2, \"s3cret-key\", \"res.partner\", \"search_count\", [[]]]}}");
        } finally {
            requests.removeHandler(handler);
            requests.setLevel(before);
        }
        assertEquals(1, lines.size(), lines::toString);
        String line = lines.get(0);
        assertTrue(line.startsWith("POST /jsonrpc object.execute_kw res.partner.search_count -> 200 "
                + "odoo.exceptions.AccessDenied: Access Denied in "), line);
        assertFalse(line.contains("s3cret"), line);
    }

    @Test
    void manyClientsAtOnce() {
        int calls = 64;
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            HttpClient own = HttpClient.newHttpClient();        // separate connections, truly concurrent
            answers.add(own.sendAsync(HttpRequest.newBuilder(URI.create(wire.server().url() + "/jsonrpc"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\": \"2.0\", \"method\": \"call\", "
                            + "\"params\": {\"service\": \"common\", \"method\": \"version\", \"args\": []}, \"id\": "
                            + i + "}")).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < calls; i++) {
            HttpResponse<String> answer = answers.get(i).join();
            assertEquals(200, answer.statusCode());
            assertTrue(answer.body().startsWith("{\"jsonrpc\": \"2.0\", \"id\": " + i + ", \"result\": {"),
                    answer.body());
        }
        assertEquals(calls, wire.server().requestCount());
    }
}
