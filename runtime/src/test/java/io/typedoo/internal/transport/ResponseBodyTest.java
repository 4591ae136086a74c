package io.typedoo.internal.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.typedoo.error.CallSite;
import io.typedoo.wire.ReplayServer;
import io.typedoo.wire.ReplayServer.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answer bodies arrive whole whether the server declares their length or streams them in chunks, and the
 * XML-RPC transport hands out the normalised form (lists and ordered maps) straight from the parser.
 */
class ResponseBodyTest {

    private static final String XML = "text/xml; charset=utf-8";

    private ReplayServer server;
    private XmlRpcTransport transport;
    private CallSite site;

    @BeforeEach
    void start() throws IOException {
        server = new ReplayServer();
        transport = new XmlRpcTransport(new TransportConfig(URI.create(server.url()), Duration.ofSeconds(5),
                Duration.ofSeconds(20), TransportConfig.DEFAULT_MAX_RESPONSE_BYTES));
        site = CallSite.of(server.url(), "demo", "todo.task", "read");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Object call(Response response) {
        server.enqueue(response);
        return transport.call(site, "object", "execute_kw", List.of(), new ByteCounter());
    }

    private static String answer(String value) {
        return "<?xml version=\"1.0\"?><methodResponse><params><param><value>" + value
                + "</value></param></params></methodResponse>";
    }

    @Test
    void largeBodyIsReadWholeWithAndWithoutContentLength() {
        // Larger than the first buffer when the length is unknown, so the chunked answer makes it grow.
        String text = "héllo wörld 0123456789 ".repeat(5_000);
        String body = answer("<string>" + text + "</string>");
        assertEquals(text, call(Response.of(200, XML, body)));
        assertEquals(text, call(Response.of(200, XML, body).inChunksWithoutLength()));
    }

    @Test
    void byteCounterSeesTheWholeBody() {
        String body = answer("<string>" + "x".repeat(30_000) + "</string>");
        server.enqueue(Response.of(200, XML, body).inChunksWithoutLength());
        ByteCounter bytes = new ByteCounter();
        transport.call(site, "object", "execute_kw", List.of(), bytes);
        assertEquals(body.getBytes(StandardCharsets.UTF_8).length, bytes.responseBytes());
    }

    @Test
    void arraysAndStructsArriveAsListsAndOrderedMaps() {
        Object value = call(Response.of(200, XML, answer("<array><data>"
                + "<value><struct>"
                + "<member><name>id</name><value><int>7</int></value></member>"
                + "<member><name>user_id</name><value><array><data><value><i4>2</i4></value>"
                + "<value><string>Mitchell Admin</string></value></data></array></value></member>"
                + "<member><name>tag_ids</name><value><array><data></data></array></value></member>"
                + "</struct></value>"
                + "<value><boolean>0</boolean></value>"
                + "</data></array>")));
        List<?> list = assertInstanceOf(List.class, value);
        assertEquals(2, list.size());
        Map<?, ?> row = assertInstanceOf(LinkedHashMap.class, list.get(0));
        assertEquals(List.of("id", "user_id", "tag_ids"), List.copyOf(row.keySet()));
        assertEquals(7L, row.get("id"));
        assertEquals(List.of(2L, "Mitchell Admin"), assertInstanceOf(List.class, row.get("user_id")));
        assertEquals(List.of(), assertInstanceOf(List.class, row.get("tag_ids")));
        assertEquals(false, list.get(1));
    }
}
