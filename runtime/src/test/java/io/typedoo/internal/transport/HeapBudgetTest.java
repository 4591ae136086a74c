package io.typedoo.internal.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.wire.ReplayServer;
import io.typedoo.wire.ReplayServer.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The heap budget of {@link DecodeBudget}, in a JVM of its own with a 96 MiB heap: answers just under a 12 MiB
 * response limit that need far more heap once decoded ({@code [{}, {}, ...]}: about 60 bytes of heap a byte over
 * JSON-RPC and JSON-2) must fail with a typed error, never an {@code OutOfMemoryError}. With the budget of 4 bytes per limit
 * byte (48 MiB) plus the body (12 MiB), the call fits in that heap.
 */
class HeapBudgetTest {

    private static final int LIMIT = 12 << 20;

    /** Runs {@link HeapBudgetProbe} under {@code -Xmx96m} against {@code body} and returns what it printed. */
    private static String probe(String protocol, String contentType, byte[] body) throws Exception {
        try (ReplayServer server = new ReplayServer()) {
            server.enqueue(Response.of(200, contentType, body));
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process process = new ProcessBuilder(java.toString(), "-Xmx96m", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"), HeapBudgetProbe.class.getName(),
                    server.url(), protocol, Integer.toString(LIMIT))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the probe ended");
            assertEquals(0, process.exitValue(), output);
            return output;
        }
    }

    private static byte[] repeatedWithin(String head, String item, String tail) {
        int count = (LIMIT - head.length() - tail.length() - 64) / item.length();
        StringBuilder sb = new StringBuilder(LIMIT).append(head);
        for (int i = 0; i < count; i++) {
            sb.append(item);
        }
        return sb.append(tail).toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void jsonRpcAnswerThatWouldExhaustTheHeapFailsTyped() throws Exception {
        byte[] body = repeatedWithin("{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": [", "{},", "{}]}");
        String outcome = probe("JSONRPC", "application/json", body);
        assertTrue(outcome.startsWith("io.typedoo.error.OdooProtocolException: Decoding the answer would take more"
                + " than 50331648 bytes of heap"), outcome);
    }

    @Test
    void json2AnswerThatWouldExhaustTheHeapFailsTyped() throws Exception {
        // JSON-2 sends the bare result, read by the same reader and budget as JSON-RPC's envelope.
        byte[] body = repeatedWithin("[", "{},", "{}]");
        String outcome = probe("JSON2", "application/json", body);
        assertTrue(outcome.startsWith("io.typedoo.error.OdooProtocolException: Decoding the answer would take more"
                + " than 50331648 bytes of heap"), outcome);
    }

    @Test
    void xmlRpcAnswerOfTheDensestShapeStaysWithinTheHeap() throws Exception {
        byte[] body = repeatedWithin("<?xml version=\"1.0\"?><methodResponse><params><param><value><array><data>",
                "<value><struct></struct></value>", "</data></array></value></param></params></methodResponse>");
        String outcome = probe("XMLRPC", "text/xml", body);
        assertTrue(outcome.startsWith("RESULT ") || outcome.startsWith("io.typedoo.error.OdooProtocolException: "
                + "Decoding the answer would take more"), outcome);
    }

    @Test
    void xmlRpcAnswerOfEmptyValuesBeyondTheBudgetFailsTyped() throws Exception {
        // <value/> is the cheapest value to send (8 bytes), charged as a string: 7 bytes of budget a byte.
        byte[] body = repeatedWithin("<?xml version=\"1.0\"?><methodResponse><params><param><value><array><data>",
                "<value/>", "</data></array></value></param></params></methodResponse>");
        String outcome = probe("XMLRPC", "text/xml", body);
        assertTrue(outcome.startsWith("io.typedoo.error.OdooProtocolException: Decoding the answer would take more"
                + " than 50331648 bytes of heap"), outcome);
    }
}
