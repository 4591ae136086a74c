package io.typedoo.benchmarks.roundtrip;

import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import io.typedoo.testkit.OdooTestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Counts the round trips of three everyday jobs against the testkit server, done twice: naive hand-written code
 * (the untyped layer, one call per record, as code written against {@code execute_kw} tends to be) and the
 * generated typed API. Calls are counted on the server ({@code requestCount}) and on the client (a
 * {@link io.typedoo.client.CallListener} that also adds up request and response bytes). Prints a Markdown table.
 *
 * <p>Each job runs on a fresh server with the same seeded data, over XML-RPC and over JSON-RPC. Both versions of a
 * job must give the same answer (checked), so the calls compared do the same work.
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
        // JSON-2 joins once the testkit answers as Odoo 19.
        System.out.println(table(run(new Scenarios(PAGE, BULK), List.of(Protocol.XMLRPC, Protocol.JSONRPC))));
    }

    /** Every job, naive then typed, over each of {@code protocols}. */
    static List<Measurement> run(Scenarios scenarios, List<Protocol> protocols) {
        List<Measurement> rows = new ArrayList<>();
        for (Protocol protocol : protocols) {
            rows.addAll(compare("Read a page of " + scenarios.page() + " tasks with user, creator and tags",
                    protocol, scenarios::seedPage, scenarios::naivePage, scenarios::typedPage));
            rows.addAll(compare("Create " + scenarios.bulk() + " tasks", protocol,
                    scenarios::seedNothing, scenarios::naiveCreate, scenarios::typedCreate));
            rows.addAll(compare("Mark " + scenarios.bulk() + " tasks done", protocol,
                    scenarios::seedBulk, scenarios::naiveWrite, scenarios::typedWrite));
        }
        return rows;
    }

    private static List<Measurement> compare(String job, Protocol protocol, Function<OdooClient, Scenarios.Seed> seed,
            Scenarios.Job naive, Scenarios.Job typed) {
        Measurement n = measure(job, "naive, hand-written", protocol, seed, naive);
        Measurement t = measure(job, "typed (generated)", protocol, seed, typed);
        if (!n.answer().equals(t.answer())) {
            throw new IllegalStateException(job + " over " + protocol + ": naive and typed code disagree: "
                    + n.answer() + " versus " + t.answer());
        }
        return List.of(n, t);
    }

    private static Measurement measure(String job, String code, Protocol protocol,
            Function<OdooClient, Scenarios.Seed> seed, Scenarios.Job work) {
        WireMeter meter = new WireMeter();
        try (OdooTestServer server = OdooTestServer.start();
                OdooClient odoo = OdooClient.builder().url(server.url()).database("demo").login("admin")
                        .password("admin").protocol(protocol).listener(meter).build()) {
            odoo.authenticate();
            odoo.version();
            Scenarios.Seed seeded = seed.apply(odoo);
            meter.take();
            long serverBefore = server.requestCount();
            long start = System.nanoTime();
            String answer = work.run(odoo, seeded);
            long millis = (System.nanoTime() - start) / 1_000_000;
            WireMeter.Reading wire = meter.take();
            long serverCalls = server.requestCount() - serverBefore;
            answer += "; " + Scenarios.state(odoo);
            return new Measurement(job, code, protocol, serverCalls, wire, millis, answer);
        }
    }

    static String table(List<Measurement> rows) {
        StringBuilder out = new StringBuilder();
        out.append("| job | code | protocol | calls (server) | calls (client) | request bytes | response bytes"
                + " | wall ms |\n");
        out.append("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (Measurement m : rows) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %,d | %,d | %,d | %,d | %,d |%n", m.job(),
                    m.code(), m.protocol(), m.serverCalls(), m.wire().calls(), m.wire().requestBytes(),
                    m.wire().responseBytes(), m.millis()));
        }
        return out.toString();
    }

    /** One job done one way, and what it cost on the wire. */
    record Measurement(String job, String code, Protocol protocol, long serverCalls, WireMeter.Reading wire,
            long millis, String answer) {
    }
}
