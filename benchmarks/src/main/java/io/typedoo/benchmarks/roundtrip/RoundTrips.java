package io.typedoo.benchmarks.roundtrip;

import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import io.typedoo.testkit.OdooTestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Counts the round trips and bytes of two everyday jobs against the testkit server, answering as Odoo 16, 17, 18
 * and 19 (16 and 17 over XML-RPC and JSON-RPC as 18; 19 over JSON-2 too):
 * reading a page of tasks with three relations, and creating, writing and deleting 1,000 tasks. Each job is done
 * by naive hand-written code (the untyped layer, one call per record, as code written against {@code execute_kw}
 * tends to be), by minimal hand-written code (the fewest calls and bytes), and through the generated API (for
 * the page: the first search at its line of code, and a search with the fetch plan learnt there). Calls are
 * counted on the server ({@code requestCount}) and on the client (a {@link io.typedoo.client.CallListener} that
 * also adds up request and response bytes), from a client that has not logged in yet. Prints a Markdown table.
 *
 * <p>Each way runs on a fresh server with the same seeded data, over XML-RPC and over JSON-RPC. Every way of a job
 * must give the same answer (checked), so the calls compared do the same work.
 */
public final class RoundTrips {

    /** Tasks on the page read. */
    static final int PAGE = 500;
    /** Tasks created, then written, in bulk. */
    static final int BULK = 1_000;

    private RoundTrips() {
    }

    /** Runs every scenario and prints the table on standard output. */
    public static void main(String[] args) {
        // Without TCP_NODELAY the JDK server's separate header and body writes wait for the client's delayed ACK,
        // some 40 ms per call on Linux loopback: the wall times would show that instead of the calls' cost.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Map<Integer, List<Protocol>> modes = new LinkedHashMap<>();
        for (int version : new int[] {16, 17, 18}) {
            modes.put(version, List.of(Protocol.XMLRPC, Protocol.JSONRPC));
        }
        modes.put(19, List.of(Protocol.XMLRPC, Protocol.JSONRPC, Protocol.JSON2));
        System.out.println(table(run(new Scenarios(PAGE, BULK), modes)));
    }

    /** Every job, each way, against the testkit answering as each Odoo version of {@code modes}, over its protocols. */
    static List<Measurement> run(Scenarios scenarios, Map<Integer, List<Protocol>> modes) {
        List<Measurement> rows = new ArrayList<>();
        modes.forEach((version, protocols) -> {
            for (Protocol protocol : protocols) {
                rows.addAll(run(scenarios, version, protocol));
            }
        });
        return rows;
    }

    private static List<Measurement> run(Scenarios scenarios, int version, Protocol protocol) {
        List<Measurement> rows = new ArrayList<>();
        String page = "Read a page of " + scenarios.page() + " tasks with user, creator and tags";
        rows.addAll(compare(page, version, protocol, scenarios::seedPage, List.of(
                new Way("naive, hand-written", false, scenarios::naivePage),
                new Way("minimal, hand-written", false, scenarios::minimalPage),
                new Way("typed, first search at its line", false, scenarios::typedPageDefaults),
                new Way("typed, learnt fetch plan", true, scenarios::typedPage))));
        String bulk = "Create " + scenarios.bulk() + " tasks, mark them done, delete them";
        rows.addAll(compare(bulk, version, protocol, scenarios::seedNothing, List.of(
                new Way("naive, hand-written", false, scenarios::naiveBulk),
                new Way("minimal, hand-written", false, scenarios::minimalBulk),
                new Way("typed (generated)", false, scenarios::typedBulk))));
        return rows;
    }

    /**
     * One way of doing a job.
     *
     * @param learnt run the job once before measuring, on another client, so that the searches of the measured
     *     run use the fetch plan learnt at their line of code
     */
    record Way(String code, boolean learnt, Scenarios.Job job) {
    }

    private static List<Measurement> compare(String job, int version, Protocol protocol,
            Function<OdooClient, Scenarios.Seed> seed, List<Way> ways) {
        List<Measurement> rows = new ArrayList<>();
        for (Way way : ways) {
            Measurement m = measure(job, way, version, protocol, seed);
            if (!rows.isEmpty() && !rows.get(0).answer().equals(m.answer())) {
                throw new IllegalStateException(job + " over " + protocol + ": " + rows.get(0).code() + " and "
                        + way.code() + " disagree: " + rows.get(0).answer() + " versus " + m.answer());
            }
            rows.add(m);
        }
        return rows;
    }

    /**
     * Runs {@code way} on a fresh server with freshly seeded data, from a client that has not logged in yet: the
     * calls counted include the login, as a program that starts, does the job and ends pays them.
     */
    private static Measurement measure(String job, Way way, int version, Protocol protocol,
            Function<OdooClient, Scenarios.Seed> seed) {
        WireMeter meter = new WireMeter();
        try (OdooTestServer server = OdooTestServer.builder().odooVersion(version).start();
                OdooClient admin = server.client();
                OdooClient odoo = cold(server, protocol, meter)) {
            Scenarios.Seed seeded = seed.apply(admin);
            if (way.learnt()) {
                way.job().run(admin, seeded);
            }
            long serverBefore = server.requestCount();
            long start = System.nanoTime();
            String answer = way.job().run(odoo, seeded);
            long millis = (System.nanoTime() - start) / 1_000_000;
            WireMeter.Reading wire = meter.take();
            long serverCalls = server.requestCount() - serverBefore;
            answer += "; " + Scenarios.state(admin);
            return new Measurement(job, way.code(), version, protocol, serverCalls, wire, millis, answer);
        }
    }

    /** A client that has not called yet: JSON-2 with admin's API key (no login call), the others with a password. */
    private static OdooClient cold(OdooTestServer server, Protocol protocol, WireMeter meter) {
        OdooClient.Builder builder = OdooClient.builder().url(server.url()).database(server.databaseName())
                .login(OdooTestServer.ADMIN).protocol(protocol).listener(meter);
        return protocol == Protocol.JSON2 ? builder.apiKey(OdooTestServer.ADMIN_API_KEY).build()
                : builder.password(OdooTestServer.ADMIN).build();
    }

    static String table(List<Measurement> rows) {
        StringBuilder out = new StringBuilder();
        out.append("| job | code | Odoo | protocol | calls incl. login (server) | calls (client) | request bytes"
                + " | response bytes | wall ms |\n");
        out.append("| --- | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (Measurement m : rows) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %,d | %,d | %,d | %,d | %,d |%n", m.job(),
                    m.code(), m.version(), m.protocol(), m.serverCalls(), m.wire().calls(), m.wire().requestBytes(),
                    m.wire().responseBytes(), m.millis()));
        }
        return out.toString();
    }

    /** One job done one way, and what it cost on the wire. */
    record Measurement(String job, String code, int version, Protocol protocol, long serverCalls,
            WireMeter.Reading wire, long millis, String answer) {
    }
}
