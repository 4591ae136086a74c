package io.typedoo.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.typedoo.testkit.ServerOverHttp;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The conformance suite: every exchange recorded from Odoo 18 in {@code odoo-wire/} is replayed byte for byte
 * against one fresh testkit server, in recorded order (the XML-RPC run, then the JSON-RPC run, which Odoo served
 * from the same database right after), and each answer is compared with the recorded one: HTTP status, content
 * type, and the body as a value tree with {@link WireComparator}'s documented rules. Answers must also be laid
 * out as Odoo's: {@code <?xml version="1.0"?>} and the blank line before {@code </methodResponse>} in XML-RPC,
 * {@code {"jsonrpc": "2.0", "id": ...} with Python's separators in JSON-RPC.
 */
class RecordedExchangesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XML_PROLOG = "<?xml version=\"1.0\"?>\n<methodResponse>\n";
    private static final String XML_EPILOG = "\n\n</methodResponse>\n";

    @RegisterExtension
    static final ServerOverHttp wire = new ServerOverHttp();

    @TestFactory
    Stream<DynamicTest> recordedExchangesInOrder() {
        List<RecordedExchange> all = new ArrayList<>(RecordedExchange.load("xmlrpc"));
        all.addAll(RecordedExchange.load("jsonrpc"));
        return all.stream().map(exchange -> DynamicTest.dynamicTest(exchange.toString(), () -> replay(exchange)));
    }

    private static void replay(RecordedExchange exchange) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = wire.post(exchange.path(), exchange.requestContentType(), exchange.request());
        String body = new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(exchange.status(), answer.statusCode(), () -> exchange + ": HTTP status; body:\n" + body);
        assertEquals(exchange.contentType(), answer.headers().firstValue("Content-Type").orElse(""),
                () -> exchange + ": Content-Type");
        List<String> differences;
        if (exchange.contentType().startsWith("text/xml")) {
            assertTrue(body.startsWith(XML_PROLOG) && body.endsWith(XML_EPILOG),
                    () -> exchange + ": not laid out as Odoo's XML-RPC answers:\n" + body);
            differences = WireComparator.differences(XmlRpcResponses.parse(exchange.response()),
                    XmlRpcResponses.parse(answer.body()));
        } else if (exchange.contentType().startsWith("application/json")) {
            String layout = "{\"jsonrpc\": \"2.0\", \"id\": ";       // Python's separators and member order
            assertTrue(exchange.responseText().startsWith(layout) && body.startsWith(layout),
                    () -> exchange + ": not laid out as Odoo's JSON-RPC answers:\n" + body);
            differences = WireComparator.differences(json(exchange.response()), json(answer.body()));
        } else {
            differences = exchange.responseText().equals(body) ? List.of()
                    : List.of("expected body " + exchange.responseText() + ", got " + body);
        }
        assertTrue(differences.isEmpty(), () -> exchange + " differs from Odoo 18:\n  "
                + String.join("\n  ", differences) + "\nrequest:\n" + exchange.requestText() + "\nanswer:\n" + body);
    }

    static @Nullable Object json(byte[] body) throws IOException {
        return java(JSON.readTree(body));
    }

    /** A JSON tree as values, keeping integers ({@code Long}) apart from floats ({@code Double}). */
    static @Nullable Object java(JsonNode node) {
        if (node.isNull()) {
            return null;
        } else if (node.isBoolean()) {
            return node.booleanValue();
        } else if (node.isIntegralNumber()) {
            return node.longValue();
        } else if (node.isNumber()) {
            return node.doubleValue();
        } else if (node.isTextual()) {
            return node.textValue();
        } else if (node.isArray()) {
            List<@Nullable Object> list = new ArrayList<>();
            node.forEach(item -> list.add(java(item)));
            return list;
        }
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        node.properties().forEach(field -> map.put(field.getKey(), java(field.getValue())));
        return map;
    }
}
