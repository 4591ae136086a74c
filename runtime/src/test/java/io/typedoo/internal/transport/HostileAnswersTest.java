package io.typedoo.internal.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import io.typedoo.error.OdooAuthenticationException;
import io.typedoo.error.OdooException;
import io.typedoo.error.OdooNoneResultException;
import io.typedoo.error.OdooProtocolException;
import io.typedoo.error.OdooRemoteException;
import io.typedoo.wire.ReplayServer;
import io.typedoo.wire.ReplayServer.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Answers that are well-formed enough to be read but must not be believed: nested without bound, a JSON-RPC
 * envelope that is not the answer to the request, JSON-2 results with more after them, numbers out of range, and
 * error texts that echo the password or API key.
 */
class HostileAnswersTest {

    private static final String XML = "text/xml; charset=utf-8";
    private static final String JSON = "application/json";
    private static final String SECRET = "S3cret&Pa55/word";

    private ReplayServer server;

    @BeforeEach
    void start() throws IOException {
        server = new ReplayServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private OdooClient client(Protocol protocol) {
        return OdooClient.builder().url(server.url()).database("demo").login("admin").password(SECRET)
                .protocol(protocol).build();
    }

    /** A client that has logged in, so the next queued answer is the next call's. */
    private OdooClient authenticated(Protocol protocol) {
        server.enqueue(protocol == Protocol.XMLRPC
                ? Response.of(200, XML, xmlAnswer("<int>2</int>"))
                : Response.of(200, JSON, "{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": 2}"));
        OdooClient odoo = client(protocol);
        odoo.authenticate();
        return odoo;
    }

    private static String xmlAnswer(String value) {
        return "<?xml version=\"1.0\"?><methodResponse><params><param><value>" + value
                + "</value></param></params></methodResponse>";
    }

    @ParameterizedTest
    @ValueSource(strings = {"array", "struct"})
    void deeplyNestedXmlIsAProtocolErrorNotAStackOverflow(String container) {
        String open = container.equals("array")
                ? "<array><data><value>"
                : "<struct><member><name>x</name><value>";
        String close = container.equals("array")
                ? "</value></data></array>"
                : "</value></member></struct>";
        server.enqueue(Response.of(200, XML, xmlAnswer(open.repeat(5_000) + "<int>1</int>" + close.repeat(5_000))));
        OdooProtocolException e = assertThrows(OdooProtocolException.class, () -> client(Protocol.XMLRPC).version());
        assertTrue(e.getMessage().contains("deeper than 500 levels"), e.getMessage());
    }

    @Test
    void nestingUpToTheLimitIsRead() {
        OdooClient odoo = authenticated(Protocol.XMLRPC);
        server.enqueue(Response.of(200, XML, xmlAnswer("<array><data><value>".repeat(499) + "<int>7</int>"
                + "</value></data></array>".repeat(499))));
        Object value = odoo.execute("x", "y", List.of());
        for (int i = 0; i < 499; i++) {
            value = ((List<?>) value).get(0);
        }
        assertEquals(7L, value);
    }

    @Test
    void xmlRpcIntWiderThan32BitsIsRefused() {
        OdooClient odoo = authenticated(Protocol.XMLRPC);
        server.enqueue(Response.of(200, XML, xmlAnswer("<int>4294967296</int>")));
        server.enqueue(Response.of(200, XML, xmlAnswer("<i4>-2147483649</i4>")));
        server.enqueue(Response.of(200, XML, xmlAnswer("<i8>4294967296</i8>")));
        server.enqueue(Response.of(200, XML, xmlAnswer("<int>-2147483648</int>")));
        OdooProtocolException e = assertThrows(OdooProtocolException.class,
                () -> odoo.execute("res.partner", "search_count", List.of()));
        assertTrue(e.getMessage().contains("Not a 32-bit integer: 4294967296"), e.getMessage());
        assertThrows(OdooProtocolException.class, () -> odoo.execute("res.partner", "search_count", List.of()));
        assertEquals(4294967296L, odoo.execute("res.partner", "search_count", List.of()));
        assertEquals(-2147483648L, odoo.execute("res.partner", "search_count", List.of()));
    }

    private Object jsonCall(String answer) {
        OdooClient odoo = authenticated(Protocol.JSONRPC);
        server.enqueue(Response.of(200, JSON, answer));
        return odoo.execute("res.partner", "search_count", List.of());
    }

    @Test
    void jsonRpcAnswerWithAnotherIdIsRefused() {
        OdooClient odoo = authenticated(Protocol.JSONRPC);
        server.enqueue(Response.of(200, JSON, "{\"jsonrpc\": \"2.0\", \"id\": 99, \"result\": 3}").withIdAsQueued());
        OdooProtocolException e = assertThrows(OdooProtocolException.class,
                () -> odoo.execute("res.partner", "search_count", List.of()));
        assertTrue(e.getMessage().contains("not the JSON-RPC 2.0 response to request"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": 3} trailing",
        "{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": 3}{\"result\": 4}",
        "{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": 1e999}",
        "{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": [-1e999]}",
        "{}",
        "{\"result\": 3}",
        "{\"jsonrpc\": \"1.0\", \"id\": 1, \"result\": 3}",
        "{\"jsonrpc\": \"2.0\", \"id\": 1, \"error\": \"boom\"}",
        "[\"jsonrpc\", \"2.0\"]",
    })
    void jsonRpcAnswersThatAreNotAResultAreRefused(String answer) {
        assertThrows(OdooProtocolException.class, () -> jsonCall(answer));
    }

    @Test
    void wellFormedEnvelopeWithoutResultIsNoneAsOdoo19SendsIt() {
        // Odoo 19's answer to a method returning None: jsonrpc and the request's id, no "result" key.
        assertThrows(OdooNoneResultException.class, () -> jsonCall("{\"jsonrpc\": \"2.0\", \"id\": 2}"));
        assertNull(jsonCall("{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": null}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.5", "1e999", "\"2\"", "[2]"})
    void authenticateAnswerThatIsNotAnIntegerUidIsRefused(String uid) {
        server.enqueue(Response.of(200, JSON, "{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": " + uid + "}"));
        OdooException e = assertThrows(OdooException.class, () -> client(Protocol.JSONRPC).authenticate());
        assertTrue(e instanceof OdooProtocolException || e instanceof OdooAuthenticationException, e.toString());
        if (uid.equals("2.5") || uid.equals("1e999")) {
            assertTrue(e instanceof OdooProtocolException, e.toString());
        }
    }

    /** A JSON-2 client whose API key is {@link #SECRET}; JSON-2 has no login round trip. */
    private OdooClient json2() {
        return OdooClient.builder().url(server.url()).database("demo").apiKey(SECRET).protocol(Protocol.JSON2)
                .build();
    }

    private Object json2Call(OdooClient odoo) {
        return odoo.call("res.partner", "search_count", Map.of("domain", List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "3 trailing",
        "3 4",
        "{\"a\": 1}{\"b\": 2}",
        "1e999",
        "[-1e999]",
        "123456789012345678901234567890",
        "{\"id\": 1, \"id\": 2}",
        "[1,",
        "nul",
        "'single quoted'",
        "NaN",
    })
    void json2ResultsThatAreNotOneFiniteBoundedValueAreRefused(String answer) {
        // JSON-2 answers the bare result: the same reader as JSON-RPC's envelope, without the envelope.
        server.enqueue(Response.of(200, JSON, answer));
        assertThrows(OdooProtocolException.class, () -> json2Call(json2()));
    }

    @Test
    void json2NestingBeyondTheLimitIsAProtocolErrorAndUpToItIsRead() {
        server.enqueue(Response.of(200, JSON, "[".repeat(5_000) + "]".repeat(5_000)));
        server.enqueue(Response.of(200, JSON, "{\"x\": ".repeat(5_000) + "1" + "}".repeat(5_000)));
        server.enqueue(Response.of(200, JSON, "[".repeat(499) + "7" + "]".repeat(499)));
        OdooClient odoo = json2();
        for (int i = 0; i < 2; i++) {
            OdooProtocolException e = assertThrows(OdooProtocolException.class, () -> json2Call(odoo));
            assertTrue(e.getMessage().contains("nesting depth") || e.getMessage().contains("deeper than 500"),
                    e.getMessage());
        }
        Object value = json2Call(odoo);
        for (int i = 0; i < 498; i++) {
            value = ((List<?>) value).get(0);
        }
        assertEquals(List.of(7L), value);
    }

    @Test
    void json2ErrorBodiesAreReadAsStrictlyAsResults() {
        server.enqueue(Response.of(422, JSON, "{\"name\": \"odoo.exceptions.UserError\", \"message\": \"x\"} trailing"));
        server.enqueue(Response.of(422, JSON, "[\"odoo.exceptions.UserError\"]"));
        server.enqueue(Response.of(500, JSON, "[".repeat(5_000) + "]".repeat(5_000)));
        OdooClient odoo = json2();
        for (int i = 0; i < 3; i++) {
            assertThrows(OdooProtocolException.class, () -> json2Call(odoo));
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void echoedPasswordIsRedactedAndTextsAreCapped(Protocol p) {
        String escapedInXml = SECRET.replace("&", "&amp;");
        String longText = "y".repeat(50_000);
        String fault = p == Protocol.XMLRPC
                ? "<?xml version=\"1.0\"?><methodResponse><fault><value><struct>"
                        + "<member><name>faultCode</name><value><int>2</int></value></member>"
                        + "<member><name>faultString</name><value><string>You sent " + escapedInXml + " "
                        + longText + "</string></value></member></struct></value></fault></methodResponse>"
                : "{\"jsonrpc\": \"2.0\", \"id\": 1, \"error\": {\"code\": 200, \"message\": \"Odoo Server Error\","
                        + " \"data\": {\"name\": \"odoo.exceptions.UserError\", \"debug\": \"Traceback " + SECRET
                        + "\", \"message\": \"You sent " + SECRET.replace("/", "\\/") + " " + longText + "\"}}}";
        if (p == Protocol.JSON2) {
            // Odoo 19 answers a UserError with 422 and the bare error object; the key is the secret here.
            fault = "{\"name\": \"odoo.exceptions.UserError\", \"message\": \"You sent "
                    + SECRET.replace("/", "\\/") + " " + longText + "\", \"arguments\": [], \"context\": {},"
                    + " \"debug\": \"Traceback bearer " + SECRET + "\"}";
        }
        String type = p == Protocol.XMLRPC ? XML : JSON;
        OdooClient odoo = p == Protocol.JSON2 ? json2() : authenticated(p);
        server.enqueue(Response.of(p == Protocol.JSON2 ? 422 : 200, type, fault));
        server.enqueue(Response.of(500, "text/plain", "proxy echo: password=" + SECRET));
        server.enqueue(Response.of(200, type, "not an answer, the request was " + SECRET));
        server.enqueue(Response.of(404, "text/html", "<p>Not found: /web?password=" + SECRET + "</p>"));
        for (int i = 0; i < 4; i++) {
            OdooException e = assertThrows(OdooException.class,
                    () -> odoo.call("res.partner", "read", Map.of("ids", List.of(1))));
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertFalse(t.toString().contains(SECRET), t.toString());
                assertFalse(t.toString().contains(escapedInXml), t.toString());
            }
            if (e instanceof OdooRemoteException remote) {
                assertTrue(e.getMessage().contains("You sent " + Redactor.MASK), e.getMessage());
                assertTrue(e.getMessage().length() < 2_300, "message capped: " + e.getMessage().length());
                String traceback = String.valueOf(remote.remoteTraceback());
                assertFalse(traceback.contains(SECRET), traceback);
            } else {
                assertTrue(e.getMessage().contains(Redactor.MASK), e.getMessage());
            }
        }
    }
}
