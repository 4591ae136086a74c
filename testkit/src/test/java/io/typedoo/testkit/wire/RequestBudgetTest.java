package io.typedoo.testkit.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.ServerOverHttp;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Request bodies under the 64 MiB size limit that would take far more heap once parsed (tiny values by the
 * million) are refused while they are read, with the runtime's heap budget: 4 bytes per byte of the size limit, on
 * XML-RPC, JSON-RPC and JSON-2.
 */
class RequestBudgetTest {

    @RegisterExtension
    static final ServerOverHttp wire = new ServerOverHttp();
    @RegisterExtension
    static final ServerOverHttp wire19 = new ServerOverHttp(19);

    private static byte[] repeated(String head, String item, int count, String tail) {
        StringBuilder sb = new StringBuilder(head.length() + item.length() * count + tail.length()).append(head);
        for (int i = 0; i < count; i++) {
            sb.append(item);
        }
        return sb.append(tail).toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void jsonOfMillionsOfEmptyObjectsIsRefusedBeforeItIsBuilt() throws Exception {
        // 15 MiB of {}: some 60 bytes of heap per byte as a tree, 900 MiB; the budget is 256 MiB.
        byte[] body = repeated("{\"jsonrpc\": \"2.0\", \"method\": \"call\", \"params\": {\"service\": \"common\","
                + " \"method\": \"version\", \"args\": [", "{},", 5 << 20, "{}]}, \"id\": 1}");
        HttpResponse<byte[]> answer = wire.post("/jsonrpc", "application/json", body);
        assertEquals(413, answer.statusCode());
        assertEquals("Request Entity Too Large", new String(answer.body(), StandardCharsets.UTF_8));
    }

    @Test
    void json2BodyOfMillionsOfEmptyObjectsIsRefusedBeforeItIsBuilt() throws Exception {
        // 12 MiB of {}: 72 bytes of budget each, 302 MiB in all, past the 256 MiB budget.
        String body = new String(repeated("{\"domain\": [], \"context\": {\"x\": [", "{},", 4 << 20, "{}]}}"),
                StandardCharsets.US_ASCII);
        HttpResponse<String> answer = wire19.json2(OdooTestServer.ADMIN_API_KEY, "res.partner/search_count", body);
        assertEquals(413, answer.statusCode());
        assertEquals("Request Entity Too Large", answer.body());
        // The same call with an ordinary body still answers.
        assertEquals(200, wire19.json2(OdooTestServer.ADMIN_API_KEY, "res.partner/search_count",
                "{\"domain\": [], \"context\": {\"x\": [{}, {}]}}").statusCode());
    }

    @Test
    void xmlRpcOfMillionsOfValuesIsAMemoryErrorFault() throws Exception {
        byte[] body = repeated("<?xml version='1.0'?><methodCall><methodName>version</methodName><params><param>"
                + "<value><array><data>", "<value/>", 6 << 20, "</data></array></value></param></params></methodCall>");
        HttpResponse<byte[]> answer = wire.post("/xmlrpc/2/common", "text/xml", body);
        String text = new String(answer.body(), StandardCharsets.UTF_8);
        assertEquals(200, answer.statusCode());
        assertTrue(text.contains("MemoryError: the request would take more than 4 bytes of memory"), text);
    }

    @Test
    void anOrdinaryLargeRequestStillPasses() throws Exception {
        // 8 MiB of text in one value: within the budget.
        byte[] body = ("{\"jsonrpc\": \"2.0\", \"method\": \"call\", \"params\": {\"service\": \"common\","
                + " \"method\": \"version\", \"args\": [\"" + "x".repeat(8 << 20) + "\"]}, \"id\": 1}")
                .getBytes(StandardCharsets.US_ASCII);
        HttpResponse<byte[]> answer = wire.post("/jsonrpc", "application/json", body);
        assertEquals(200, answer.statusCode());
    }
}
