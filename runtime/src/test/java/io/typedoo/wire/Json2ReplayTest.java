package io.typedoo.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import io.typedoo.error.OdooProtocolException;
import io.typedoo.error.OdooRemoteException;
import io.typedoo.error.OdooUnknownMethodException;
import io.typedoo.error.OdooUnknownModelException;
import io.typedoo.error.OdooUserException;
import io.typedoo.error.OdooValidationException;
import io.typedoo.internal.transport.ByteCounter;
import io.typedoo.internal.transport.Json2Transport;
import io.typedoo.internal.transport.JsonRpcTransport;
import io.typedoo.internal.transport.Transport;
import io.typedoo.internal.transport.TransportConfig;
import io.typedoo.internal.transport.XmlRpcTransport;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every exchange recorded from a real Odoo 19 in {@code odoo-wire/json2/}: the local server answers with the
 * recorded status, content type and body, the client sends the recorded call, and the test checks that
 * <ul>
 *   <li>the client sent the same HTTP method, path, headers (the key as recorded, less {@code Host} and
 *       {@code Content-Length}) and a body that means the same,</li>
 *   <li>the answer decodes to what an independent reader finds in the recorded body, or to the mapped exception
 *       with the server's message, its traceback kept apart, and never the API key,</li>
 *   <li>the byte counts match the bodies.</li>
 * </ul>
 * The requests no client of ours can send (no or Basic authorization, GET/PUT/OPTIONS, wrong content type,
 * malformed JSON, a bare {@code /json/2}) are replayed for their answers only: a normal call meets the recorded answer.
 * The legacy XML-RPC and JSON-RPC exchanges of Odoo 19 go through those transports.
 */
class Json2ReplayTest {

    /** The exception each recorded error must become, with a part of its message. */
    private static final Map<String, Expected> ERRORS = Map.ofEntries(
            Map.entry("003", new Expected(OdooProtocolException.class, "no JSON-2 API at this address")),
            Map.entry("004", new Expected(OdooProtocolException.class, "no JSON-2 API at this address")),
            Map.entry("005", new Expected(OdooHttpStatusException.class, "HTTP 303")),
            Map.entry("014", new Expected(OdooInvalidRequestException.class, "Invalid field 'date' on 'res.partner'")),
            Map.entry("036", new Expected(OdooNoneResultException.class, "returned None")),
            Map.entry("037", new Expected(OdooInvalidRequestException.class,
                    "missing a required argument: 'vals_list'")),
            Map.entry("042", new Expected(OdooUserException.class, "Invalid language code: fr_FR")),
            Map.entry("045", new Expected(OdooProtocolException.class, "No database named 'nosuchdb'")),
            Map.entry("046", new Expected(OdooAuthenticationException.class, "User not authenticated")),
            Map.entry("047", new Expected(OdooAuthenticationException.class, "Invalid apikey")),
            Map.entry("048", new Expected(OdooAuthenticationException.class, "User not authenticated")),
            Map.entry("049", new Expected(OdooUnknownModelException.class, "the model 'no.such.model' does not exist")),
            Map.entry("050", new Expected(OdooUnknownMethodException.class,
                    "The method 'res.partner.no_such_method' does not exist")),
            Map.entry("051", new Expected(OdooAccessException.class, "Private methods")),
            Map.entry("052", new Expected(OdooAccessException.class, "Private methods")),
            Map.entry("053", new Expected(OdooInvalidRequestException.class, "missing a required argument: 'domain'")),
            Map.entry("054", new Expected(OdooInvalidRequestException.class,
                    "got an unexpected keyword argument 'foo'")),
            Map.entry("055", new Expected(OdooInvalidRequestException.class, "missing a required argument: 'domain'")),
            Map.entry("056", new Expected(OdooInvalidRequestException.class, "missing a required argument: 'domain'")),
            Map.entry("057", new Expected(OdooInvalidRequestException.class,
                    "cannot call res.partner.search with ids")),
            Map.entry("058", new Expected(OdooAccessException.class, "not allowed to delete 'User'")),
            Map.entry("059", new Expected(OdooAccessException.class, "not allowed to modify 'Companies'")),
            Map.entry("063", new Expected(OdooMissingRecordException.class, "Record does not exist")),
            Map.entry("065", new Expected(OdooValidationException.class, "Missing required value for the field")),
            Map.entry("066", new Expected(OdooInvalidRequestException.class, "Wrong value for todo.task.priority")),
            Map.entry("067", new Expected(OdooInvalidRequestException.class, "Invalid field res.partner.no_such_field")),
            Map.entry("068", new Expected(OdooInvalidRequestException.class, "could not parse the body as json")),
            Map.entry("069", new Expected(OdooInvalidRequestException.class, "missing a required argument: 'domain'")),
            Map.entry("070", new Expected(OdooProtocolException.class, "no JSON-2 API at this address")),
            Map.entry("071", new Expected(OdooProtocolException.class, "no JSON-2 API at this address")),
            Map.entry("072", new Expected(OdooProtocolException.class, "HTTP 415")),
            Map.entry("073", new Expected(OdooInvalidRequestException.class, "missing a required argument: 'domain'")),
            Map.entry("074", new Expected(OdooProtocolException.class, "HTTP 415")),
            Map.entry("076", new Expected(OdooAuthenticationException.class, "User not authenticated")),
            Map.entry("088", new Expected(OdooAccessException.class, "not allowed to delete 'User'")));

    /** Requests a client of ours never sends: only their answers are replayed. */
    private static final Set<String> ANSWER_ONLY = Set.of("003", "004", "046", "048", "068", "069", "070", "071",
            "072", "073", "074", "076");

    /** The key of the client in tests that need one but whose recording sent none. */
    private static final String KEY = "<API_KEY>";

    private record Expected(Class<? extends OdooException> type, String message) {
    }

    private record Outcome(Object value, OdooException error, ByteCounter bytes, CallSite site) {
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
    Stream<DynamicTest> everyOdoo19Exchange() {
        List<String> names = Json2Transcripts.names();
        assertEquals(89, names.size(), "every recorded exchange is replayed");
        return names.stream().map(name -> dynamicTest(name, () -> replay(Json2Transcripts.load(name))));
    }

    private void replay(Json2Transcripts.Exchange exchange) {
        server.reset();
        server.enqueue(exchange.replay());
        if (exchange.path().startsWith("/xmlrpc/")) {
            replayXmlRpc(exchange);
        } else if (exchange.path().equals("/jsonrpc")) {
            replayJsonRpc(exchange);
        } else if (exchange.method().equals("GET") && !ANSWER_ONLY.contains(exchange.number())) {
            replayGet(exchange);
        } else {
            replayCall(exchange);
        }
    }

    private void replayGet(Json2Transcripts.Exchange exchange) {
        String authorization = exchange.requestHeader("Authorization");
        boolean withKey = authorization != null;
        try (Json2Transport transport = new Json2Transport(config(), null, withKey ? key(authorization) : KEY)) {
            CallSite site = CallSite.of(server.url(), "demo19", null, "get");
            Outcome outcome = run(site, bytes -> transport.get(site, exchange.path(), withKey, bytes));
            ReplayServer.Request sent = server.lastRequest();
            assertEquals("GET", sent.method());
            assertEquals(exchange.path(), sent.path());
            assertEquals(authorization, header(sent, "Authorization"), "the key is sent exactly when recorded");
            check(exchange, outcome);
        }
    }

    private void replayCall(Json2Transcripts.Exchange exchange) {
        boolean answerOnly = ANSWER_ONLY.contains(exchange.number());
        String authorization = exchange.requestHeader("Authorization");
        String key = authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("bearer ")
                ? key(authorization) : KEY;
        String[] parts = exchange.path().split("/");
        String model = parts.length > 4 ? parts[3] : "res.partner";
        String method = parts.length > 4 ? parts[4] : "search_count";
        String database = exchange.requestHeader("X-Odoo-Database");
        try (Json2Transport transport = new Json2Transport(config(), database, key)) {
            CallSite site = CallSite.of(server.url(), database == null ? "demo19" : database, model, method);
            Map<String, Object> arguments = exchange.namedArguments();
            Outcome outcome = run(site, bytes -> transport.call(site, model, method, arguments, bytes));
            ReplayServer.Request sent = server.lastRequest();
            assertEquals("POST", sent.method());
            assertEquals("/json/2/" + model + "/" + method, sent.path());
            if (!answerOnly) {
                assertEquals(exchange.path(), sent.path());
                assertEquals(exchange.requestJson(), JsonTrees.tree(sent.body()), "the body means the same");
                for (List<String> h : exchange.requestHeaders()) {
                    String name = h.get(0);
                    if (name.equalsIgnoreCase("Host") || name.equalsIgnoreCase("Content-Length")) {
                        continue;
                    }
                    String value = name.equalsIgnoreCase("Authorization") ? "bearer " + key(h.get(1)) : h.get(1);
                    assertEquals(value, header(sent, name), name);
                }
                if (database == null) {
                    assertNull(header(sent, "X-Odoo-Database"), "no database header when none was given");
                }
            }
            check(exchange, outcome);
            if (outcome.error() != null) {
                assertFalse(outcome.error().getMessage().contains(key), "the key never shows");
                assertFalse(outcome.error().toString().contains(key), "the key never shows");
            }
        }
    }

    private void replayXmlRpc(Json2Transcripts.Exchange exchange) {
        XmlRpcDom.Call recorded = XmlRpcDom.call(exchange.requestBody().getBytes(StandardCharsets.UTF_8));
        String service = exchange.path().substring(exchange.path().lastIndexOf('/') + 1);
        try (Transport transport = new XmlRpcTransport(config())) {
            Outcome outcome = legacy(transport, service, recorded.method(), recorded.params());
            assertEquals(recorded, XmlRpcDom.call(server.lastRequest().body()), "the request means the same");
            assertEquals(exchange.path(), server.lastRequest().path());
            Object expected = XmlRpcDom.response(exchange.responseBody());
            if (outcome.error() != null) {
                throw new AssertionError(exchange.name() + " failed", outcome.error());
            }
            assertEquals(expected, outcome.value());
        }
    }

    private void replayJsonRpc(Json2Transcripts.Exchange exchange) {
        JsonNode params = exchange.requestJson().get("params");
        @SuppressWarnings("unchecked")
        List<Object> args = (List<Object>) JsonTrees.value(params.get("args"));
        try (Transport transport = new JsonRpcTransport(config())) {
            Outcome outcome = legacy(transport, params.get("service").asText(), params.get("method").asText(), args);
            assertEquals(params, JsonTrees.tree(server.lastRequest().body()).get("params"),
                    "the request means the same");
            assertEquals("/jsonrpc", server.lastRequest().path());
            JsonNode response = exchange.responseJson();
            if (response.has("result")) {
                if (outcome.error() != null) {
                    throw new AssertionError(exchange.name() + " failed", outcome.error());
                }
                assertEquals(JsonTrees.value(response.get("result")), outcome.value());
            } else if (response.has("error")) {
                checkError(exchange, outcome);
            } else {
                // Odoo 19's JSON-RPC still leaves "result" out for None (087)
                assertEquals(OdooNoneResultException.class, outcome.error().getClass());
            }
        }
    }

    private Outcome legacy(Transport transport, String service, String method, List<Object> params) {
        boolean onModel = method.equals("execute_kw");
        CallSite site = CallSite.of(server.url(), "demo19", onModel ? (String) params.get(3) : null,
                onModel ? (String) params.get(4) : method);
        return run(site, bytes -> transport.call(site, service, method, params, bytes));
    }

    private interface Call {
        Object run(ByteCounter bytes);
    }

    private static Outcome run(CallSite site, Call call) {
        ByteCounter bytes = new ByteCounter();
        try {
            return new Outcome(call.run(bytes), null, bytes, site);
        } catch (OdooException e) {
            return new Outcome(null, e, bytes, site);
        }
    }

    private void check(Json2Transcripts.Exchange exchange, Outcome outcome) {
        assertEquals(server.lastRequest().body().length, outcome.bytes().requestBytes(), "request bytes");
        assertEquals(exchange.responseBody().length, outcome.bytes().responseBytes(), "response bytes");
        boolean isError = ERRORS.containsKey(exchange.number());
        assertEquals(exchange.status() != 200 || exchange.responseJson() == null
                || exchange.responseJson().isNull(), isError, exchange.name() + " is listed as an error exactly when"
                + " it is one");
        if (!isError) {
            if (outcome.error() != null) {
                throw new AssertionError(exchange.name() + " failed", outcome.error());
            }
            Object expected = JsonTrees.value(exchange.responseJson());
            assertEquals(expected, outcome.value());
            assertEquals(String.valueOf(expected), String.valueOf(outcome.value()), "members in the server's order");
            return;
        }
        checkError(exchange, outcome);
    }

    private void checkError(Json2Transcripts.Exchange exchange, Outcome outcome) {
        Expected expected = ERRORS.get(exchange.number());
        OdooException e = outcome.error();
        assertNotNull(e, exchange.name() + " must fail, but answered " + outcome.value());
        assertEquals(expected.type(), e.getClass(), exchange.name() + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(expected.message()), exchange.name() + ": " + e.getMessage());
        assertTrue(e.getMessage().endsWith("[" + outcome.site().describe() + "]"), e.getMessage());
        assertEquals(outcome.site(), e.callSite());
        assertFalse(e.getMessage().contains("Traceback (most recent call last)"),
                "the message is the exception text, the traceback is apart");
        if (e instanceof OdooRemoteException remote && !(e instanceof OdooNoneResultException)) {
            assertNotNull(remote.remoteTraceback(), "the server's debug traceback is kept");
            assertTrue(remote.remoteTraceback().startsWith("Traceback"), remote.remoteTraceback());
            String name = exchange.responseJson().has("error")
                    ? exchange.responseJson().get("error").get("data").get("name").asText()
                    : exchange.responseJson().get("name").asText();
            assertEquals(name, remote.exceptionType(), "the exception type as the server named it");
        }
    }

    private static String key(String authorization) {
        return authorization.substring(authorization.indexOf(' ') + 1);
    }

    private static String header(ReplayServer.Request request, String name) {
        for (Map.Entry<String, List<String>> e : request.headers().entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    private static TransportConfig config() {
        return new TransportConfig(URI.create(server.url()), TransportConfig.DEFAULT_CONNECT_TIMEOUT,
                Duration.ofSeconds(20), TransportConfig.DEFAULT_MAX_RESPONSE_BYTES);
    }
}
