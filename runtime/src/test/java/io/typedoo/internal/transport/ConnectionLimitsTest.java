package io.typedoo.internal.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.client.Context;
import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import io.typedoo.error.OdooConnectionException;
import io.typedoo.error.OdooHttpStatusException;
import io.typedoo.error.OdooProtocolException;
import io.typedoo.error.OdooTimeoutException;
import io.typedoo.wire.ReplayServer;
import io.typedoo.wire.ReplayServer.Response;
import io.typedoo.wire.Transcripts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The connection's limits, each with a real socket on loopback: the connect timeout, the whole-answer deadline, the
 * default size limit, redirects, an unknown host, and a closed client.
 */
class ConnectionLimitsTest {


    private static OdooClient.Builder builder(String url, Protocol protocol) {
        return OdooClient.builder().url(url).database("demo").login("admin").password("admin").protocol(protocol);
    }

    @ParameterizedTest
    @EnumSource(value = Protocol.class, names = {"XMLRPC", "JSONRPC"})
    void connectTimeoutAppliesWhenTheServerNeverAccepts(Protocol p) throws IOException {
        // A listening socket that never accepts, its backlog filled: the kernel drops further SYNs, as a host
        // behind a firewall that drops packets would.
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> fillers = new ArrayList<>();
            try {
                boolean full = false;
                for (int i = 0; i < 64 && !full; i++) {
                    Socket s = new Socket();
                    fillers.add(s);
                    try {
                        s.connect(listener.getLocalSocketAddress(), 200);
                    } catch (SocketTimeoutException e) {
                        full = true;
                    }
                }
                assertTrue(full, "the backlog never filled");
                OdooClient odoo = builder("http://127.0.0.1:" + listener.getLocalPort(), p)
                        .connectTimeout(Duration.ofMillis(400)).requestTimeout(Duration.ofSeconds(20)).build();
                long start = System.nanoTime();
                OdooTimeoutException e = assertThrows(OdooTimeoutException.class, odoo::version);
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(e.getMessage().startsWith("Could not connect within 400 ms"), e.getMessage());
                assertTrue(millis < 10_000, "gave up after the connect timeout, not the request timeout: " + millis);
            } finally {
                for (Socket s : fillers) {
                    s.close();
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Protocol.class, names = {"XMLRPC", "JSONRPC"})
    void requestTimeoutIsADeadlineForTheWholeAnswerNotOnlyTheHeaders(Protocol p) throws Exception {
        // Headers at once, then one byte every 100 ms: each read is quick, the answer never completes in time.
        try (RawServer server = new RawServer(out -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 100000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (int i = 0; i < 100; i++) {
                out.write(' ');
                out.flush();
                Thread.sleep(100);
            }
        })) {
            OdooClient odoo = builder(server.url(), p).requestTimeout(Duration.ofMillis(700)).build();
            long start = System.nanoTime();
            OdooTimeoutException e = assertThrows(OdooTimeoutException.class, odoo::version);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(e.getMessage().contains("No complete answer within 700 ms"), e.getMessage());
            assertTrue(millis < 5_000, "stopped at the deadline: " + millis + " ms");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Protocol.class, names = {"XMLRPC", "JSONRPC"})
    void defaultLimitRefusesAnAnswerDeclaredLargerThan64MiB(Protocol p) throws Exception {
        try (RawServer server = new RawServer(out -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: " + (64L * 1024 * 1024 + 1)
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(5_000);
        })) {
            OdooProtocolException e = assertThrows(OdooProtocolException.class,
                    () -> builder(server.url(), p).build().version());
            assertTrue(e.getMessage().contains("larger than the limit of 67108864 bytes"), e.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Protocol.class, names = {"XMLRPC", "JSONRPC"})
    void redirectsAreNotFollowed(Protocol p) throws IOException {
        try (ReplayServer server = new ReplayServer()) {
            server.enqueue(new Response(302, Map.of("Location", server.url() + "/elsewhere"), new byte[0], 0, false,
                    false));
            server.enqueue(Transcripts.load("xmlrpc", "01").replay());
            OdooHttpStatusException e = assertThrows(OdooHttpStatusException.class,
                    () -> builder(server.url(), p).build().version());
            assertEquals(302, e.status());
            assertEquals(1, server.requests().size(), "the Location was never asked for");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Protocol.class, names = {"XMLRPC", "JSONRPC"})
    void unresolvableHostIsReportedAsSuch(Protocol p) {
        OdooClient odoo = builder("http://no-such-host.invalid:8069", p).build();
        OdooConnectionException e = assertThrows(OdooConnectionException.class, odoo::version);
        assertTrue(e.getMessage().startsWith("The host name no-such-host.invalid could not be resolved"),
                e.getMessage());
        assertFalse(e.getMessage().contains("refused"), e.getMessage());
    }

    @Test
    void closeStopsTheClientAndEveryDerivedClient() throws IOException {
        try (ReplayServer server = new ReplayServer()) {
            server.enqueue(Transcripts.load("xmlrpc", "01").replay());
            OdooClient odoo = builder(server.url(), Protocol.XMLRPC).build();
            OdooClient derived = odoo.withContext(Context.empty().lang("fr_FR"));
            assertEquals("18.0", odoo.version().serverVersion());
            odoo.close();
            OdooConnectionException e = assertThrows(OdooConnectionException.class,
                    () -> derived.execute("res.partner", "search_count", List.of()));
            assertTrue(e.getMessage().startsWith("The client was closed"), e.getMessage());
            assertThrows(OdooConnectionException.class, odoo::authenticate);
            assertEquals(1, server.requests().size(), "nothing was sent after close");
        }
    }

    @Test
    void closedJsonRpcClientRefusesCalls() {
        OdooClient odoo = builder("http://127.0.0.1:9", Protocol.JSONRPC).build();
        odoo.close();
        OdooConnectionException e = assertThrows(OdooConnectionException.class, odoo::version);
        assertTrue(e.getMessage().startsWith("The client was closed"), e.getMessage());
    }

    /** Answers every connection with what {@code script} writes, ignoring the request. */
    private static final class RawServer implements AutoCloseable {
        interface Script {
            void write(OutputStream out) throws Exception;
        }

        private final ServerSocket socket;
        private final Thread thread;

        RawServer(Script script) throws IOException {
            socket = new ServerSocket();
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            thread = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket s = socket.accept()) {
                        InputStream in = s.getInputStream();
                        byte[] buffer = new byte[65536];
                        in.read(buffer); // the request; its content does not matter
                        script.write(s.getOutputStream());
                    } catch (Exception e) {
                        // the client gave up, or the server is closing
                    }
                }
            }, "raw-server");
            thread.setDaemon(true);
            thread.start();
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
