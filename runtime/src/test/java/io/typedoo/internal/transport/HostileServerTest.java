package io.typedoo.internal.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import io.typedoo.error.OdooConnectionException;
import io.typedoo.error.OdooException;
import io.typedoo.error.OdooHttpStatusException;
import io.typedoo.error.OdooProtocolException;
import io.typedoo.error.OdooServerException;
import io.typedoo.error.OdooTimeoutException;
import io.typedoo.wire.ReplayServer;
import io.typedoo.wire.ReplayServer.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A local HTTP server answers with hostile or broken responses; the client must refuse each one with the right
 * exception, load nothing external, deserialize nothing, and stop reading at the size limit.
 */
class HostileServerTest {

    private static final String XML = "text/xml; charset=utf-8";
    private static final String EXTENSIONS = "http://ws.apache.org/xmlrpc/namespaces/extensions";

    /** Set if anything ever deserializes a {@link Tripwire}. */
    static final AtomicBoolean TRIPPED = new AtomicBoolean();

    /** A serializable class whose deserialization is detected: a stand-in for a gadget chain. */
    static final class Tripwire implements Serializable {
        private static final long serialVersionUID = 1L;

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            TRIPPED.set(true);
        }
    }

    private ReplayServer server;

    @BeforeEach
    void start() throws IOException {
        server = new ReplayServer();
        TRIPPED.set(false);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private OdooClient client(Protocol protocol) {
        return client(protocol, Duration.ofSeconds(20), TransportConfig.DEFAULT_MAX_RESPONSE_BYTES);
    }

    private OdooClient client(Protocol protocol, Duration requestTimeout, long maxResponseBytes) {
        return credentials(OdooClient.builder().url(server.url()).database("demo"), protocol, "admin")
                .protocol(protocol).requestTimeout(requestTimeout).maxResponseBytes(maxResponseBytes).build();
    }

    /** A password over XML-RPC and JSON-RPC, an API key over JSON-2. */
    private static OdooClient.Builder credentials(OdooClient.Builder builder, Protocol protocol, String secret) {
        return protocol == Protocol.JSON2 ? builder.apiKey(secret) : builder.login("admin").password(secret);
    }

    private static String serializedTripwire() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new Tripwire());
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    @Test
    void doctypeWithExternalEntityIsRefused() {
        server.enqueue(Response.of(200, XML, "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE methodResponse [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>\n"
                + "<methodResponse><params><param><value><string>&xxe;</string></value></param></params>"
                + "</methodResponse>"));
        OdooProtocolException e = assertThrows(OdooProtocolException.class, () -> client(Protocol.XMLRPC).version());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertTrue(e.getMessage().endsWith("[server " + server.url() + ", database demo, method version]"),
                e.getMessage());
    }

    @Test
    void externalDtdIsNeverFetched() {
        server.enqueue(Response.of(200, XML, "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE methodResponse SYSTEM \"" + server.url() + "/evil.dtd\">\n"
                + "<methodResponse><params><param><value><int>1</int></value></param></params></methodResponse>"));
        server.enqueue(Response.of(200, "application/xml-dtd", "<!ENTITY % x \"y\">"));
        assertThrows(OdooProtocolException.class, () -> client(Protocol.XMLRPC).version());
        assertEquals(1, server.requests().size(), "only the RPC call reached the server, never the DTD");
        assertEquals("/xmlrpc/2/common", server.requests().get(0).path());
    }

    @Test
    void entityExpansionBombIsRefused() {
        server.enqueue(Response.of(200, XML, "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<methodResponse><params><param><value><string>&lol3;</string></value></param></params>"
                + "</methodResponse>"));
        assertThrows(OdooProtocolException.class, () -> client(Protocol.XMLRPC).version());
    }

    @Test
    void serializedFaultCauseIsNeverDeserialized() throws IOException {
        // CVE-2019-17570: the Apache client reads faultCause with ObjectInputStream.
        server.enqueue(Response.of(200, XML, "<?xml version=\"1.0\"?><methodResponse><fault><value><struct>"
                + "<member><name>faultCode</name><value><int>1</int></value></member>"
                + "<member><name>faultString</name><value><string>Traceback (most recent call last):\n"
                + "  File \"x.py\", line 1, in f\nRuntimeError: boom</string></value></member>"
                + "<member><name>faultCause</name><value><base64>" + serializedTripwire() + "</base64></value>"
                + "</member></struct></value></fault></methodResponse>"));
        OdooServerException e = assertThrows(OdooServerException.class, () -> client(Protocol.XMLRPC).version());
        assertEquals("boom", e.detail());
        assertEquals("builtins.RuntimeError", e.exceptionType());
        assertFalse(TRIPPED.get(), "nothing was deserialized");
        assertEquals(null, e.getCause(), "no remote Java exception is attached");
    }

    @Test
    void serializableExtensionValueIsRefused() throws IOException {
        // CVE-2016-5003: ex:serializable values are Java-deserialized when extensions are on.
        server.enqueue(Response.of(200, XML, "<?xml version=\"1.0\"?><methodResponse xmlns:ex=\"" + EXTENSIONS + "\">"
                + "<params><param><value><ex:serializable>" + serializedTripwire() + "</ex:serializable></value>"
                + "</param></params></methodResponse>"));
        OdooProtocolException e = assertThrows(OdooProtocolException.class, () -> client(Protocol.XMLRPC).version());
        assertTrue(e.getMessage().contains("refused"), e.getMessage());
        assertFalse(TRIPPED.get(), "nothing was deserialized");
    }

    @Test
    void serializableWithoutNamespaceIsRefused() throws IOException {
        server.enqueue(Response.of(200, XML, "<?xml version=\"1.0\"?><methodResponse><params><param><value>"
                + "<serializable>" + serializedTripwire() + "</serializable></value></param></params>"
                + "</methodResponse>"));
        assertThrows(OdooProtocolException.class, () -> client(Protocol.XMLRPC).version());
        assertFalse(TRIPPED.get());
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void responseLargerThanTheLimitIsRefused(Protocol p) {
        String big = "x".repeat(20_000);
        String body = p == Protocol.XMLRPC
                ? "<?xml version=\"1.0\"?><methodResponse><params><param><value><string>" + big
                        + "</string></value></param></params></methodResponse>"
                : p == Protocol.JSON2 ? "{\"version\": \"" + big + "\"}"
                : "{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": \"" + big + "\"}";
        String type = p == Protocol.XMLRPC ? XML : "application/json";
        server.enqueue(Response.of(200, type, body));
        server.enqueue(Response.of(200, type, body).inChunksWithoutLength());
        OdooClient odoo = client(p, Duration.ofSeconds(20), 10_000);
        OdooProtocolException declared = assertThrows(OdooProtocolException.class, odoo::version);
        assertTrue(declared.getMessage().contains("larger than the limit of 10000 bytes"), declared.getMessage());
        OdooProtocolException streamed = assertThrows(OdooProtocolException.class, odoo::version);
        assertTrue(streamed.getMessage().contains("larger than the limit of 10000 bytes"), streamed.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void slowServerTimesOut(Protocol p) {
        server.enqueue(Response.of(200, XML, "<methodResponse/>").delayed(3_000));
        OdooTimeoutException e = assertThrows(OdooTimeoutException.class,
                () -> client(p, Duration.ofMillis(300), 1 << 20).version());
        assertTrue(e.getMessage().contains("may still run on the server"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void connectionRefused(Protocol p) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        OdooClient odoo = credentials(OdooClient.builder().url("http://127.0.0.1:" + port).database("demo"), p,
                "admin").protocol(p).build();
        OdooConnectionException e = assertThrows(OdooConnectionException.class, odoo::version);
        assertTrue(e.getMessage().contains("Connection refused"), e.getMessage());
        assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void htmlPageIsNotAnRpcAnswer(Protocol p) {
        server.enqueue(Response.of(200, "text/html; charset=utf-8",
                "<!DOCTYPE html><html><head><title>Odoo</title></head><body>Login</body></html>"));
        OdooProtocolException e = assertThrows(OdooProtocolException.class, () -> client(p).version());
        assertTrue(e.getMessage().contains("<title>Odoo</title>"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void httpErrorStatus(Protocol p) {
        server.enqueue(Response.of(404, "text/html", "<h1>Not Found</h1>"));
        server.enqueue(Response.of(500, "text/plain", "Internal Server Error"));
        server.enqueue(Response.of(502, "text/plain", ""));
        OdooClient odoo = client(p);
        if (p == Protocol.JSON2) {
            // Odoo 19 answers an unknown database with an HTML 404 on every route
            OdooProtocolException e404 = assertThrows(OdooProtocolException.class, odoo::version);
            assertTrue(e404.getMessage().contains("No database named 'demo'"), e404.getMessage());
        } else {
            assertEquals(404, assertThrows(OdooHttpStatusException.class, odoo::version).status());
        }
        OdooHttpStatusException e500 = assertThrows(OdooHttpStatusException.class, odoo::version);
        assertEquals(500, e500.status());
        assertTrue(e500.getMessage().startsWith("HTTP 500: Internal Server Error ["), e500.getMessage());
        assertEquals(502, assertThrows(OdooHttpStatusException.class, odoo::version).status());
    }

    @Test
    void malformedXmlIsAProtocolError() {
        server.enqueue(Response.of(200, XML, "<?xml version=\"1.0\"?><methodResponse><params><param>"));
        server.enqueue(Response.of(200, XML, "<?xml version=\"1.0\"?><methodResponse><params></params>"
                + "</methodResponse>"));
        server.enqueue(Response.of(200, XML, "<?xml version=\"1.0\"?><methodResponse><params><param><value>"
                + "<int>99999999999999999999</int></value></param></params></methodResponse>"));
        OdooClient odoo = client(Protocol.XMLRPC);
        assertThrows(OdooProtocolException.class, odoo::version);
        assertThrows(OdooProtocolException.class, odoo::version);
        assertThrows(OdooProtocolException.class, odoo::version);
    }

    @Test
    void hostileJsonIsAProtocolError() {
        server.enqueue(Response.of(200, "application/json", "[".repeat(5_000) + "]".repeat(5_000)));
        server.enqueue(Response.of(200, "application/json", "{\"result\": 1, \"result\": 2}"));
        server.enqueue(Response.of(200, "application/json", "not json"));
        server.enqueue(Response.of(200, "application/json", "{\"result\": 123456789012345678901234567890}"));
        OdooClient odoo = client(Protocol.JSONRPC);
        OdooProtocolException deep = assertThrows(OdooProtocolException.class, odoo::version);
        assertTrue(deep.getMessage().contains("nesting depth"), deep.getMessage());
        assertThrows(OdooProtocolException.class, odoo::version);
        assertThrows(OdooProtocolException.class, odoo::version);
        assertThrows(OdooProtocolException.class, odoo::version);
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void noMessageOrToStringNamesThePasswordOrApiKey(Protocol p) {
        String secret = "S3cret-Pa55word";
        String refused = p == Protocol.XMLRPC
                ? "<?xml version=\"1.0\"?><methodResponse><params><param><value><boolean>0</boolean></value>"
                        + "</param></params></methodResponse>"
                : "{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": false}";
        String type = p == Protocol.XMLRPC ? XML : "application/json";
        if (p == Protocol.JSON2) {
            server.enqueue(Response.of(401, type, "{\"name\": \"werkzeug.exceptions.Unauthorized\", \"message\":"
                    + " \"Invalid apikey\", \"arguments\": [\"Invalid apikey\", 401], \"context\": {}}"));
        } else {
            server.enqueue(Response.of(200, type, refused));
        }
        server.enqueue(Response.of(500, "text/plain", "boom"));
        server.enqueue(Response.of(200, "text/html", "<html>login</html>"));
        server.enqueue(Response.of(200, type, "garbage"));
        server.enqueue(Response.of(200, type, refused).delayed(2_000));
        OdooClient odoo = credentials(OdooClient.builder().url(server.url()).database("demo"), p, secret)
                .protocol(p).requestTimeout(Duration.ofMillis(300)).build();
        for (int i = 0; i < 5; i++) {
            OdooException e = assertThrows(OdooException.class, odoo::authenticate);
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertFalse(String.valueOf(t.getMessage()).contains(secret), t.toString());
                assertFalse(t.toString().contains(secret), t.toString());
            }
            assertTrue(e.getMessage().contains("database demo"), e.getMessage());
        }
        assertFalse(odoo.toString().contains(secret));
        assertFalse(odoo.site("res.partner", "read").toString().contains(secret));
    }
}
