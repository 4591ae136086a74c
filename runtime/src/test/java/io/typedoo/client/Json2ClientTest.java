package io.typedoo.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.domain.Domain;
import io.typedoo.error.OdooAuthenticationException;
import io.typedoo.error.OdooException;
import io.typedoo.error.OdooNoneResultException;
import io.typedoo.error.OdooSignatureException;
import io.typedoo.wire.Json2Transcripts;
import io.typedoo.wire.JsonTrees;
import io.typedoo.wire.ReplayServer;
import io.typedoo.wire.ReplayServer.Response;
import io.typedoo.wire.Transcripts;
import io.typedoo.wire.XmlRpcDom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link OdooClient} over JSON-2 against Odoo 19's recorded answers: the automatic choice of protocol, no login
 * round trip, positional calls named from the built-in table or {@code /doc-bearer}, {@code uid()} from
 * {@code context_get}, None results, named calls on the legacy protocols, and the key kept out of every message.
 */
class Json2ClientTest {

    private static final String KEY = "<API_KEY>";
    private ReplayServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ReplayServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Json2Transcripts.Exchange serve(String name) {
        Json2Transcripts.Exchange exchange = Json2Transcripts.load(name);
        server.enqueue(exchange.replay());
        return exchange;
    }

    private OdooClient keyOnly(Protocol forced) {
        OdooClient.Builder builder = OdooClient.builder().url(server.url()).database("demo19").apiKey(KEY);
        return (forced == null ? builder : builder.protocol(forced)).build();
    }

    private void assertSentAsRecorded(Json2Transcripts.Exchange exchange, ReplayServer.Request sent) {
        assertEquals(exchange.method(), sent.method());
        assertEquals(exchange.path(), sent.path());
        assertEquals(exchange.requestJson(), JsonTrees.tree(sent.body()));
        assertEquals(List.of("bearer " + KEY), sent.headers().get("Authorization"));
        assertEquals(List.of("demo19"), sent.headers().get("X-odoo-database"));
    }

    @Test
    void anApiKeyAndOdoo19ChooseJson2WithOneVersionRequest() {
        serve("001-web-version");
        Json2Transcripts.Exchange count = serve("007-search_count-domain");
        OdooClient odoo = keyOnly(null);
        assertEquals(0, server.requests().size(), "nothing is sent before the first use");
        assertEquals(Protocol.JSON2, odoo.protocol());
        assertEquals(19, odoo.version().major(), "the version asked for the choice is remembered");
        assertEquals(1, server.requests().size());
        ReplayServer.Request version = server.requests().get(0);
        assertEquals("GET", version.method());
        assertEquals("/web/version", version.path());
        assertNull(version.headers().get("Authorization"), "the version is asked without the key");
        assertEquals(10, odoo.model("res.partner").count(Domain.leaf("is_company", "=", true)));
        assertEquals(2, server.requests().size(), "no login round trip");
        assertSentAsRecorded(count, server.lastRequest());
    }

    @Test
    void anApiKeyAndAnOlderServerKeepXmlRpc() {
        server.enqueue(Response.of(404, "text/html", "<h1>Not Found</h1>"));
        server.enqueue(Transcripts.load("xmlrpc", "02").replay());
        server.enqueue(Transcripts.load("xmlrpc", "04").replay());
        OdooClient odoo = OdooClient.builder().url(server.url()).database("demo").login("admin").apiKey("admin")
                .build();
        assertEquals(Protocol.XMLRPC, odoo.protocol());
        odoo.model("res.partner").count();
        assertEquals(List.of("/web/version", "/xmlrpc/2/common", "/xmlrpc/2/object"),
                server.requests().stream().map(ReplayServer.Request::path).toList());
    }

    @Test
    void aPasswordMeansXmlRpcWithoutAsking() {
        OdooClient odoo = OdooClient.builder().url(server.url()).database("demo").login("admin").password("admin")
                .build();
        assertEquals(Protocol.XMLRPC, odoo.protocol());
        assertEquals(0, server.requests().size());
        assertThrows(IllegalArgumentException.class, () -> OdooClient.builder().url(server.url()).database("demo")
                .login("admin").password("admin").protocol(Protocol.JSON2).build(), "JSON-2 takes API keys only");
    }

    @Test
    void positionalCallsOfStandardMethodsAreNamedWithoutARoundTrip() {
        Json2Transcripts.Exchange read = serve("010-read-ids-fields");
        Json2Transcripts.Exchange search = serve("008-search-domain-offset-limit-order");
        OdooClient odoo = keyOnly(Protocol.JSON2);
        @SuppressWarnings("unchecked")
        List<Object> fields = (List<Object>) read.namedArguments().get("fields");
        Object rows = odoo.execute("res.partner", "read", List.of(List.of(1, 8), fields));
        assertEquals(JsonTrees.value(read.responseJson()), rows);
        assertSentAsRecorded(read, server.lastRequest());
        Map<String, Object> named = search.namedArguments();
        odoo.execute("res.partner", "search", List.of(named.get("domain")),
                Map.of("offset", named.get("offset"), "limit", named.get("limit"), "order", named.get("order")));
        assertSentAsRecorded(search, server.lastRequest());
        assertEquals(2, server.requests().size());
    }

    @Test
    void creatingOneRecordGivesItsIdThoughJson2AnswersAList() {
        Json2Transcripts.Exchange create = serve("030-create-single-dict");
        OdooClient odoo = keyOnly(Protocol.JSON2);
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) create.namedArguments().get("vals_list");
        assertEquals(9, odoo.model("todo.task").create(values), "Odoo 19 answers [9]");
        assertSentAsRecorded(create, server.lastRequest());
    }

    @Test
    void positionalCallsOfOtherMethodsAreNamedFromTheServersDocOncePerModel() {
        serve("006-doc-bearer-model");
        Json2Transcripts.Exchange toggle = serve("035-do_toggle_done");
        Json2Transcripts.Exchange nothing = serve("036-do_nothing");
        OdooClient odoo = keyOnly(Protocol.JSON2);
        assertEquals(true, odoo.execute("todo.task", "do_toggle_done", List.of(List.of(10, 11))));
        assertEquals("/doc-bearer/todo.task.json", server.requests().get(0).path());
        assertSentAsRecorded(toggle, server.lastRequest());
        odoo.model("todo.task").callVoid("do_nothing", List.of(List.of(9)), Map.of());
        assertSentAsRecorded(nothing, server.lastRequest());
        assertEquals(3, server.requests().size(), "the doc is read once per model");
        OdooSignatureException unknown = assertThrows(OdooSignatureException.class,
                () -> odoo.execute("todo.task", "action_confirm", List.of(List.of(9))));
        assertTrue(unknown.getMessage().contains("parameter names of action_confirm are unknown"),
                unknown.getMessage());
        assertTrue(unknown.getMessage().endsWith("[server " + server.url()
                + ", database demo19, model todo.task, method action_confirm]"), unknown.getMessage());
        assertEquals(3, server.requests().size());
    }

    @Test
    void noneIsCommittedSuccessForVoidAndAnErrorOtherwise() {
        serve("036-do_nothing");
        serve("036-do_nothing");
        OdooClient odoo = keyOnly(Protocol.JSON2);
        assertThrows(OdooNoneResultException.class,
                () -> odoo.call("todo.task", "do_nothing", Map.of("ids", List.of(9))));
        odoo.model("todo.task").callVoid("do_nothing", Map.of("ids", List.of(9)));
        assertEquals(2, server.requests().size());
    }

    @Test
    void theUidComesFromContextGetOnlyWhenAsked() {
        Json2Transcripts.Exchange contextGet = serve("075-context_get");
        OdooClient odoo = keyOnly(Protocol.JSON2);
        assertEquals(2L, odoo.uid());
        assertEquals(2L, odoo.authenticate());
        assertEquals(1, server.requests().size());
        assertSentAsRecorded(contextGet, server.lastRequest());
    }

    @Test
    void namedCallsGoAsKeywordArgumentsOverXmlRpc() {
        server.enqueue(Transcripts.load("xmlrpc", "02").replay());
        server.enqueue(Response.of(200, "text/xml", "<?xml version=\"1.0\"?><methodResponse><params><param><value>"
                + "<array><data></data></array></value></param></params></methodResponse>"));
        OdooClient odoo = OdooClient.builder().url(server.url()).database("demo").login("admin").password("admin")
                .build();
        assertEquals(List.of(), odoo.model("res.partner").call("name_search", Map.of("name", "wood", "limit", 8)));
        XmlRpcDom.Call sent = XmlRpcDom.call(server.lastRequest().body());
        assertEquals(List.of("demo", 2L, "admin", "res.partner", "name_search", List.of(),
                Map.of("name", "wood", "limit", 8L)), sent.params());
    }

    @Test
    void namedCallsGoAsTheyAreOverJson2() {
        Json2Transcripts.Exchange nameSearch = serve("024-name_search");
        OdooClient odoo = keyOnly(Protocol.JSON2);
        odoo.model("res.partner").call("name_search", nameSearch.namedArguments());
        assertSentAsRecorded(nameSearch, server.lastRequest());
    }

    @Test
    void theKeyIsInNoMessageToStringOrLogLine() {
        String key = "0123456789abcdef0123456789abcdef01234567";
        Logger logger = Logger.getLogger(OdooClient.class.getName());
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level before = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(handler);
        try {
            server.enqueue(Json2Transcripts.load("047-err-wrong-bearer-key").replay());
            server.enqueue(Json2Transcripts.load("045-x-odoo-database-unknown").replay());
            server.enqueue(Response.of(500, "text/plain", "boom"));
            OdooClient odoo = OdooClient.builder().url(server.url()).database("demo19").apiKey(key)
                    .protocol(Protocol.JSON2).listener(e -> { }).build();
            OdooException refused = assertThrows(OdooAuthenticationException.class, odoo::uid);
            assertTrue(refused.getMessage().contains("Invalid apikey"), refused.getMessage());
            for (int i = 0; i < 2; i++) {
                OdooException e = assertThrows(OdooException.class, () -> odoo.model("res.partner").count());
                for (Throwable t = e; t != null; t = t.getCause()) {
                    assertFalse(String.valueOf(t.getMessage()).contains(key), t.toString());
                    assertFalse(t.toString().contains(key), t.toString());
                }
            }
            assertFalse(refused.toString().contains(key));
            assertFalse(odoo.toString().contains(key));
            assertFalse(records.isEmpty(), "the calls were logged");
            for (LogRecord r : records) {
                assertFalse(new java.util.logging.SimpleFormatter().format(r).contains(key), r.getMessage());
            }
        } finally {
            logger.removeHandler(handler);
            logger.setLevel(before);
        }
    }
}
