package io.typedoo.internal.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.client.CallEvent;
import io.typedoo.client.OdooClient;
import io.typedoo.domain.Domain;
import io.typedoo.error.CallSite;
import io.typedoo.error.OdooAccessException;
import io.typedoo.wire.ReplayServer;
import io.typedoo.wire.ReplayServer.Response;
import io.typedoo.wire.XmlRpcDom;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the XML-RPC transport writes: integer tags, False for null, no namespaces, values in Odoo's forms. */
class XmlRpcWritingTest {

    private static final String TRUE = "<?xml version=\"1.0\"?><methodResponse><params><param><value>"
            + "<boolean>1</boolean></value></param></params></methodResponse>";

    private ReplayServer server;

    @BeforeEach
    void start() throws IOException {
        server = new ReplayServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String send(List<?> args) {
        server.enqueue(Response.of(200, "text/xml", TRUE));
        TransportConfig config = new TransportConfig(URI.create(server.url()), TransportConfig.DEFAULT_CONNECT_TIMEOUT,
                TransportConfig.DEFAULT_REQUEST_TIMEOUT, TransportConfig.DEFAULT_MAX_RESPONSE_BYTES);
        try (XmlRpcTransport transport = new XmlRpcTransport(config)) {
            assertEquals(Boolean.TRUE, transport.call(CallSite.of(server.url(), "demo", "m", "x"), "object", "x", args));
        }
        return new String(server.lastRequest().body(), StandardCharsets.UTF_8);
    }

    @Test
    void integersUseIntWhenTheyFitAndPlainI8Otherwise() {
        String xml = send(List.of(Integer.MAX_VALUE, (long) Integer.MAX_VALUE + 1, (long) Integer.MIN_VALUE,
                (long) Integer.MIN_VALUE - 1, Long.MAX_VALUE, 7));
        assertTrue(xml.contains("<int>2147483647</int>"), xml);
        assertTrue(xml.contains("<i8>2147483648</i8>"), xml);
        assertTrue(xml.contains("<int>-2147483648</int>"), xml);
        assertTrue(xml.contains("<i8>-2147483649</i8>"), xml);
        assertTrue(xml.contains("<i8>9223372036854775807</i8>"), xml);
        assertTrue(xml.contains("<int>7</int>"), xml);
        assertFalse(xml.contains("xmlns"), "no extension namespace: " + xml);
        assertFalse(xml.contains("ex:"), xml);
    }

    @Test
    void nullIsFalseEverywhere() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("date_deadline", null);
        List<Object> args = new ArrayList<>(Arrays.asList(null, values, Arrays.asList(1, null)));
        String xml = send(args);
        assertFalse(xml.contains("nil"), xml);
        XmlRpcDom.Call call = XmlRpcDom.call(xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(false, Map.of("date_deadline", false), List.of(1L, false)), call.params());
    }

    @Test
    void javaValuesGoOutInOdoosForms() {
        String xml = send(List.of(Domain.leaf("date", "<", LocalDate.of(2026, 12, 31)), "é & <tag>",
                2.5, new byte[] {1, 2, 3}));
        XmlRpcDom.Call call = XmlRpcDom.call(xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(List.of(List.of("date", "<", "2026-12-31")), "é & <tag>", 2.5, "AQID"), call.params());
    }

    @Test
    void textOutsideTheBasicPlaneAndControlCharactersStayValidXml() {
        String text = "smile \uD83D\uDE00, tab\t, newline\n, cr\r, accent \u00e9, cjk \u4e2d";
        String xml = send(List.of(text));
        assertEquals(List.of(text), XmlRpcDom.call(xml.getBytes(StandardCharsets.UTF_8)).params());
    }

    @Test
    void anUnpairedSurrogateIsRefusedBeforeSending() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> send(List.of("half an emoji \uD83D")));
        assertTrue(e.getMessage().contains("unpaired surrogate"), e.getMessage());
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void unsupportedArgumentsAreRefusedBeforeSending() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> send(List.of(new Object())));
        assertTrue(e.getMessage().endsWith("[server " + server.url() + ", database demo, model m, method x]"),
                e.getMessage());
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void failedCallsAreReportedToListenersWithTheirBytes() {
        List<CallEvent> events = new ArrayList<>();
        server.enqueue(Response.of(200, "text/xml", "<?xml version=\"1.0\"?><methodResponse><params><param><value>"
                + "<int>2</int></value></param></params></methodResponse>"));
        server.enqueue(Response.of(200, "text/xml", "<?xml version=\"1.0\"?><methodResponse><fault><value><struct>"
                + "<member><name>faultCode</name><value><int>4</int></value></member><member><name>faultString"
                + "</name><value><string>No</string></value></member></struct></value></fault></methodResponse>"));
        OdooClient odoo = OdooClient.builder().url(server.url()).database("demo").login("admin").password("admin")
                .listener(events::add).build();
        assertThrows(OdooAccessException.class, () -> odoo.model("res.users").unlink(List.of(2L)));
        CallEvent failed = events.get(1);
        assertNotNull(failed.error());
        assertEquals(OdooAccessException.class, failed.error().getClass());
        assertEquals(server.lastRequest().body().length, failed.requestBytes());
        assertTrue(failed.responseBytes() > 100);
    }
}
