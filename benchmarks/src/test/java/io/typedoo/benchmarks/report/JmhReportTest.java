package io.typedoo.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JmhReportTest {

    private static String result(String benchmark, String params, double wall, double cpu) {
        return """
                {"benchmark": "io.typedoo.benchmarks.%s", "mode": "avgt", "params": {%s},
                 "primaryMetric": {"score": %s, "scoreError": 1.5, "scoreUnit": "ms/op"},
                 "secondaryMetrics": {"client.cpu": {"score": %s, "scoreError": 0.5, "scoreUnit": "ms/op"},
                                      "gc.alloc.rate.norm": {"score": 2097152.0, "scoreUnit": "B/op"}}}
                """.formatted(benchmark, params, wall, cpu);
    }

    @Test
    void givesRatiosAgainstTheBaselineVariantWithTheSameParameters() throws Exception {
        String json = "[" + result("decode.DecodeBenchmark.raw", "\"records\": \"1000\"", 20, 10) + ","
                + result("decode.DecodeBenchmark.raw", "\"records\": \"10000\"", 200, 100) + ","
                + result("decode.DecodeBenchmark.typed", "\"records\": \"1000\"", 22, 12) + ","
                + result("decode.DecodeBenchmark.typed", "\"records\": \"10000\"", 180, 105) + "]";

        String markdown = JmhReport.markdown(new ObjectMapper().readTree(json));

        assertTrue(markdown.contains("| typed | records=1000 | 22.0 ± 1.50 ms/op | 12.0 ± 0.50 ms/op | 2.0 MB/op |"),
                markdown);
        assertTrue(markdown.contains("- `typed` (records=1000): wall 1.10x, client CPU 1.20x"), markdown);
        assertTrue(markdown.contains("- `typed` (records=10000): wall 0.90x, client CPU 1.05x"), markdown);
    }

    @Test
    void comparesEachVariantWithItselfUnderTheBaselineParameter() throws Exception {
        String json = "[" + result("protocol.ProtocolBenchmark.searchCount", "\"protocol\": \"XMLRPC\"", 2, 1) + ","
                + result("protocol.ProtocolBenchmark.searchCount", "\"protocol\": \"JSONRPC\"", 1, 0.5) + ","
                + result("protocol.ProtocolBenchmark.typedPage", "\"protocol\": \"XMLRPC\"", 30, 20) + ","
                + result("protocol.ProtocolBenchmark.typedPage", "\"protocol\": \"JSONRPC\"", 15, 5) + "]";

        String markdown = JmhReport.markdown(new ObjectMapper().readTree(json));

        assertTrue(markdown.contains("- `searchCount` (protocol=JSONRPC): wall 0.50x, client CPU 0.50x"), markdown);
        assertTrue(markdown.contains("- `typedPage` (protocol=JSONRPC): wall 0.50x, client CPU 0.25x"), markdown);
    }
}
