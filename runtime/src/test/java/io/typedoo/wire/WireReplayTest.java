package io.typedoo.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import io.typedoo.error.CallSite;
import io.typedoo.error.OdooAccessException;
import io.typedoo.error.OdooAuthenticationException;
import io.typedoo.error.OdooException;
import io.typedoo.error.OdooHttpStatusException;
import io.typedoo.error.OdooInvalidRequestException;
import io.typedoo.error.OdooMissingRecordException;
import io.typedoo.error.OdooNoneResultException;
import io.typedoo.error.OdooRemoteException;
import io.typedoo.error.OdooServerException;
import io.typedoo.error.OdooUnknownMethodException;
import io.typedoo.error.OdooUnknownModelException;
import io.typedoo.error.OdooValidationException;
import io.typedoo.internal.transport.ByteCounter;
import io.typedoo.internal.transport.JsonRpcTransport;
import io.typedoo.internal.transport.Transport;
import io.typedoo.internal.transport.TransportConfig;
import io.typedoo.internal.transport.XmlRpcTransport;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every recorded Odoo 18 exchange of {@code odoo-wire/}: the local server answers with the recorded bytes
 * and status, the transport sends the recorded call, and the test checks that
 * <ul>
 *   <li>what the transport sent means the same as what the recording client sent,</li>
 *   <li>the answer decodes to what an independent reader finds in the recorded response, or to the right
 *       exception with the server's message and the call site,</li>
 *   <li>the byte counts match the bodies.</li>
 * </ul>
 */
class WireReplayTest {

    private static final String DB = "demo";

    /** The exception each recorded error must become, with a part of its message. */
    private static final Map<String, Expected> ERRORS = Map.ofEntries(
            Map.entry("xmlrpc/22", new Expected(OdooNoneResultException.class, "returned None")),
            Map.entry("xmlrpc/26", new Expected(OdooMissingRecordException.class, "Record does not exist")),
            Map.entry("xmlrpc/27", new Expected(OdooUnknownModelException.class, "Object no.such.model doesn't exist")),
            Map.entry("xmlrpc/28", new Expected(OdooAccessException.class, "Private methods")),
            Map.entry("xmlrpc/29", new Expected(OdooUnknownMethodException.class,
                    "The method 'no_such_method' does not exist on the model 'res.partner'")),
            Map.entry("xmlrpc/31", new Expected(OdooAccessException.class, "not allowed to delete 'User'")),
            Map.entry("xmlrpc/33", new Expected(OdooAccessException.class, "not allowed to access 'To-do Task'")),
            Map.entry("xmlrpc/34", new Expected(OdooAuthenticationException.class, "Access Denied")),
            Map.entry("xmlrpc/35", new Expected(OdooInvalidRequestException.class,
                    "Invalid field res.partner.no_such_field")),
            Map.entry("xmlrpc/36", new Expected(OdooInvalidRequestException.class, "Invalid leaf ('name', 'no-op'")),
            Map.entry("xmlrpc/37", new Expected(OdooValidationException.class, "a mandatory field is not set")),
            Map.entry("xmlrpc/39", new Expected(OdooUnknownMethodException.class, "'name_get' does not exist")),
            Map.entry("xmlrpc/45", new Expected(OdooInvalidRequestException.class,
                    "value \"1099511627776\" is out of range for type integer")),
            Map.entry("xmlrpc/48", new Expected(OdooMissingRecordException.class, "Record does not exist")),
            Map.entry("xmlrpc/49", new Expected(OdooUnknownModelException.class, "Object no.such.model doesn't exist")),
            Map.entry("xmlrpc/50", new Expected(OdooInvalidRequestException.class,
                    "Invalid field res.partner.no_such_field")),
            Map.entry("xmlrpc/51", new Expected(OdooAuthenticationException.class, "Access Denied")),
            Map.entry("xmlrpc/52", new Expected(OdooAccessException.class, "not allowed to access 'To-do Task'")),
            Map.entry("xmlrpc/53", new Expected(OdooInvalidRequestException.class, "database \"nodb\" does not exist")),
            Map.entry("jsonrpc/18", new Expected(OdooNoneResultException.class, "returned None")),
            Map.entry("jsonrpc/21", new Expected(OdooMissingRecordException.class, "Record does not exist")),
            Map.entry("jsonrpc/22", new Expected(OdooUnknownModelException.class, "Object no.such.model doesn't exist")),
            Map.entry("jsonrpc/23", new Expected(OdooAccessException.class, "Private methods")),
            Map.entry("jsonrpc/24", new Expected(OdooAccessException.class, "not allowed to delete 'User'")),
            Map.entry("jsonrpc/25", new Expected(OdooAuthenticationException.class, "Access Denied")),
            Map.entry("jsonrpc/26", new Expected(OdooInvalidRequestException.class,
                    "Invalid field res.partner.no_such_field")),
            Map.entry("jsonrpc/27", new Expected(OdooValidationException.class, "a mandatory field is not set")),
            Map.entry("jsonrpc/31", new Expected(OdooInvalidRequestException.class,
                    "value \"1099511627776\" is out of range for type integer")),
            Map.entry("jsonrpc/33", new Expected(OdooServerException.class, "nosuchservice")),
            Map.entry("jsonrpc/34", new Expected(OdooUnknownMethodException.class, "Method not found: no_such_method")),
            Map.entry("jsonrpc/35", new Expected(OdooHttpStatusException.class, "HTTP 400: Invalid JSON data")));

    private record Expected(Class<? extends OdooException> type, String message) {
    }

    private static ReplayServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new ReplayServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> everyXmlRpcExchange() {
        return Transcripts.names("xmlrpc").stream().map(name -> dynamicTest(name, () -> replayXmlRpc(name)));
    }

    @TestFactory
    Stream<DynamicTest> everyJsonRpcExchange() {
        return Transcripts.names("jsonrpc").stream().map(name -> dynamicTest(name, () -> replayJsonRpc(name)));
    }

    private void replayXmlRpc(String name) {
        Transcripts.Exchange exchange = Transcripts.load("xmlrpc", name);
        XmlRpcDom.Call recorded = XmlRpcDom.call(exchange.request());
        String service = serviceOf(exchange);
        try (Transport transport = new XmlRpcTransport(config())) {
            Outcome outcome = replay(transport, exchange, service, recorded.method(), recorded.params());
            XmlRpcDom.Call sent = XmlRpcDom.call(server.lastRequest().body());
            assertEquals(recorded, sent, "the request means what the recording client sent");
            assertEquals("/xmlrpc/2/" + service, server.lastRequest().path());
            Object expected = XmlRpcDom.response(exchange.response());
            check(exchange, outcome, expected instanceof XmlRpcDom.Fault ? null : expected,
                    expected instanceof XmlRpcDom.Fault);
        }
    }

    private void replayJsonRpc(String name) {
        Transcripts.Exchange exchange = Transcripts.load("jsonrpc", name);
        boolean malformed = exchange.status() == 400;
        JsonNode request = malformed ? JsonTrees.tree("{\"params\":{\"service\":\"common\",\"method\":\"version\",\"args\":[]}}".getBytes())
                : JsonTrees.tree(exchange.request());
        JsonNode params = request.get("params");
        @SuppressWarnings("unchecked")
        List<Object> args = (List<Object>) JsonTrees.value(params.get("args"));
        try (Transport transport = new JsonRpcTransport(config())) {
            Outcome outcome = replay(transport, exchange, params.get("service").asText(), params.get("method").asText(),
                    args);
            JsonNode sent = JsonTrees.tree(server.lastRequest().body());
            assertEquals(params, sent.get("params"), "the request means what the recording client sent");
            assertEquals("2.0", sent.get("jsonrpc").asText());
            assertEquals("call", sent.get("method").asText());
            assertEquals("/jsonrpc", server.lastRequest().path());
            JsonNode response = malformed ? null : JsonTrees.tree(exchange.response());
            boolean isError = malformed || response.has("error") || !response.has("result");
            check(exchange, outcome, isError ? null : JsonTrees.value(response.get("result")), isError);
        }
    }

    /** The same error reads the same type whatever the protocol: Python's module.Class, as JSON-RPC sends it. */
    @org.junit.jupiter.api.Test
    void exceptionTypesHaveOneFormOnBothProtocols() {
        Map<String, String> pairs = Map.of("35", "26", "26", "21", "31", "24", "45", "31");
        pairs.forEach((xml, json) -> {
            Transcripts.Exchange x = Transcripts.load("xmlrpc", xml);
            Transcripts.Exchange j = Transcripts.load("jsonrpc", json);
            XmlRpcDom.Call call = XmlRpcDom.call(x.request());
            JsonNode params = JsonTrees.tree(j.request()).get("params");
            @SuppressWarnings("unchecked")
            List<Object> args = (List<Object>) JsonTrees.value(params.get("args"));
            OdooException overXml;
            OdooException overJson;
            try (Transport transport = new XmlRpcTransport(config())) {
                overXml = replay(transport, x, serviceOf(x), call.method(), call.params()).error();
            }
            try (Transport transport = new JsonRpcTransport(config())) {
                overJson = replay(transport, j, params.get("service").asText(), params.get("method").asText(), args)
                        .error();
            }
            assertEquals(((OdooRemoteException) overJson).exceptionType(),
                    ((OdooRemoteException) overXml).exceptionType(), "xmlrpc/" + xml + " and jsonrpc/" + json);
            assertEquals(overJson.getClass(), overXml.getClass());
        });
    }

    private record Outcome(Object value, OdooException error, ByteCounter bytes, CallSite site) {
    }

    private Outcome replay(Transport transport, Transcripts.Exchange exchange, String service, String method,
            List<Object> params) {
        server.reset();
        server.enqueue(exchange.replay());
        boolean onModel = method.equals("execute_kw") || method.equals("execute");
        CallSite site = CallSite.of(server.url(), DB, onModel ? (String) params.get(3) : null,
                onModel ? (String) params.get(4) : method);
        ByteCounter bytes = new ByteCounter();
        try {
            Object value = transport.call(site, service, method, params, bytes);
            return new Outcome(value, null, bytes, site);
        } catch (OdooException e) {
            return new Outcome(null, e, bytes, site);
        }
    }

    private void check(Transcripts.Exchange exchange, Outcome outcome, Object expectedValue, boolean expectError) {
        String key = exchange.protocol() + "/" + exchange.name().substring(0, 2);
        assertEquals(server.lastRequest().body().length, outcome.bytes().requestBytes(), "request bytes");
        assertEquals(exchange.response().length, outcome.bytes().responseBytes(), "response bytes");
        Expected expected = ERRORS.get(key);
        assertEquals(expectError, expected != null, key + " is listed as an error exactly when it is one");
        if (!expectError) {
            if (outcome.error() != null) {
                throw new AssertionError(key + " failed", outcome.error());
            }
            assertEquals(expectedValue, outcome.value());
            // the same text also proves the same order of struct members
            assertEquals(String.valueOf(expectedValue), String.valueOf(outcome.value()));
            return;
        }
        OdooException e = outcome.error();
        assertNotNull(e, key + " must fail, but answered " + outcome.value());
        assertEquals(expected.type(), e.getClass(), key + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(expected.message()), key + ": " + e.getMessage());
        assertTrue(e.getMessage().endsWith("[" + outcome.site().describe() + "]"), e.getMessage());
        assertEquals(outcome.site(), e.callSite());
        if (e instanceof OdooRemoteException remote && remote.exceptionType() != null) {
            assertTrue(remote.exceptionType().matches("[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)+"),
                    "one form on every protocol, module.Class: " + remote.exceptionType());
        }
        if (e instanceof OdooRemoteException remote && remote.remoteTraceback() != null) {
            assertTrue(remote.remoteTraceback().startsWith("Traceback"), remote.remoteTraceback());
            assertFalse(remote.getMessage().contains("Traceback (most recent call last)"),
                    "the message is the exception text, the traceback is apart");
        }
    }

    /** The service of the recorded request line: {@code POST /xmlrpc/2/common} or the legacy {@code /xmlrpc/object}. */
    private static String serviceOf(Transcripts.Exchange exchange) {
        String path = exchange.requestPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static TransportConfig config() {
        return new TransportConfig(URI.create(server.url()), TransportConfig.DEFAULT_CONNECT_TIMEOUT,
                java.time.Duration.ofSeconds(20), TransportConfig.DEFAULT_MAX_RESPONSE_BYTES);
    }
}
