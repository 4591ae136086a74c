package io.typedoo.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Prints JMH's JSON results ({@code -rf json}) as Markdown: one table per benchmark class with wall time, client
 * CPU ({@code ClientCpuProfiler}) and allocation ({@code -prof gc}) per operation, then the ratio of each variant
 * to the class's baseline for the same parameters.
 *
 * <pre>{@code java -cp benchmarks.jar io.typedoo.benchmarks.report.JmhReport target/results/jmh.json}</pre>
 */
public final class JmhReport {

    /**
     * The baseline of each benchmark class, which ratios are given against: a variant (method) name, or a
     * parameter value such as {@code protocol=XMLRPC} to compare each variant with itself under that value.
     */
    private static final Map<String, String> BASELINES = Map.of(
            "DecodeBenchmark", "raw",
            "ProtocolBenchmark", "protocol=XMLRPC",
            "ProcessingBenchmark", "withoutProcessor");

    private JmhReport() {
    }

    /** Reads the JSON file named by the first argument and prints the tables. */
    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: JmhReport <jmh results json>");
        }
        JsonNode results;
        try {
            results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + args[0], e);
        }
        System.out.print(markdown(results));
    }

    static String markdown(JsonNode results) {
        Map<String, List<Row>> byClass = new LinkedHashMap<>();
        for (JsonNode result : results) {
            Row row = Row.of(result);
            byClass.computeIfAbsent(row.benchmarkClass(), k -> new ArrayList<>()).add(row);
        }
        StringBuilder out = new StringBuilder();
        byClass.forEach((benchmarkClass, rows) -> {
            out.append("### ").append(benchmarkClass).append("\n\n");
            out.append("| variant | parameters | wall time | client CPU | allocated |\n");
            out.append("| --- | --- | ---: | ---: | ---: |\n");
            for (Row r : rows) {
                out.append("| ").append(r.variant()).append(" | ").append(r.params()).append(" | ")
                        .append(r.wall()).append(" | ").append(r.cpu()).append(" | ").append(r.allocated())
                        .append(" |\n");
            }
            String baseline = BASELINES.get(benchmarkClass);
            if (baseline != null) {
                out.append(ratios(rows, baseline));
            }
            out.append('\n');
        });
        return out.toString();
    }

    private static String ratios(List<Row> rows, String baseline) {
        StringBuilder out = new StringBuilder();
        for (Row r : rows) {
            if (isBaseline(r, baseline)) {
                continue;
            }
            for (Row base : rows) {
                if (isBaseline(base, baseline) && comparable(r, base, baseline)) {
                    out.append(String.format(Locale.ROOT, "- `%s` (%s): wall %.2fx, client CPU %s%n",
                            r.variant(), r.params(), r.wallScore() / base.wallScore(),
                            r.cpuScore() == null || base.cpuScore() == null ? "n/a"
                                    : String.format(Locale.ROOT, "%.2fx", r.cpuScore() / base.cpuScore())));
                }
            }
        }
        if (out.length() == 0) {
            return "";
        }
        String same = baseline.contains("=") ? "same variant" : "same parameters";
        return "\nAgainst `" + baseline + "` (" + same + "):\n\n" + out;
    }

    private static boolean isBaseline(Row row, String baseline) {
        return baseline.contains("=") ? List.of(row.params().split(", ")).contains(baseline)
                : row.variant().equals(baseline);
    }

    /** Same variant under the other parameter value, or the same parameters for a baseline variant. */
    private static boolean comparable(Row row, Row base, String baseline) {
        if (!baseline.contains("=")) {
            return base.params().equals(row.params());
        }
        String key = baseline.substring(0, baseline.indexOf('=') + 1);
        return base.variant().equals(row.variant())
                && base.params().replaceAll(key + "[^,]*", "").equals(row.params().replaceAll(key + "[^,]*", ""));
    }

    /** One JMH result: a variant with its parameters. */
    private record Row(String benchmarkClass, String variant, String params, double wallScore, String wall,
            @Nullable Double cpuScore, String cpu, String allocated) {

        static Row of(JsonNode result) {
            String[] name = result.get("benchmark").asText().split("\\.");
            StringBuilder params = new StringBuilder();
            JsonNode p = result.get("params");
            if (p != null) {
                for (Map.Entry<String, JsonNode> e : p.properties()) {
                    params.append(params.length() == 0 ? "" : ", ").append(e.getKey()).append('=')
                            .append(e.getValue().asText());
                }
            }
            JsonNode primary = result.get("primaryMetric");
            JsonNode secondary = result.path("secondaryMetrics");
            JsonNode cpu = secondary.get("client.cpu");
            JsonNode alloc = secondary.get("gc.alloc.rate.norm");
            return new Row(name[name.length - 2], name[name.length - 1], params.toString(),
                    primary.get("score").asDouble(), metric(primary),
                    cpu == null ? null : cpu.get("score").asDouble(), cpu == null ? "n/a" : metric(cpu),
                    alloc == null ? "n/a" : bytes(alloc.get("score").asDouble()));
        }

        private static String metric(JsonNode m) {
            double error = m.path("scoreError").asDouble(Double.NaN);
            String score = number(m.get("score").asDouble());
            return (Double.isNaN(error) ? score : score + " ± " + number(error)) + " " + m.get("scoreUnit").asText();
        }

        private static String number(double d) {
            return d >= 100 ? String.format(Locale.ROOT, "%,.0f", d)
                    : d >= 10 ? String.format(Locale.ROOT, "%.1f", d) : String.format(Locale.ROOT, "%.2f", d);
        }

        private static String bytes(double b) {
            return b >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB/op", b / (1 << 20))
                    : String.format(Locale.ROOT, "%.0f kB/op", b / 1024);
        }
    }
}
