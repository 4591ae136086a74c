package io.typedoo.internal.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import io.typedoo.error.OdooConnectionException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * How the client uses its pooled connections, against a real socket on loopback that keeps or drops them: one
 * connection carries call after call; threads calling at once each get one; a cookie the server sets is not sent
 * back; a connection the server closed while idle is not written to; and a request whose connection broke before the answer is never sent again (a
 * {@code create} must not run twice).
 */
class ConnectionReuseTest {

    /** The same XML-RPC answer to every call: the uid 2 for {@code authenticate}, a count of 2 for the rest. */
    private static final byte[] ANSWER = ("<?xml version='1.0'?>\n<methodResponse><params><param><value><int>2</int>"
            + "</value></param></params></methodResponse>\n").getBytes(StandardCharsets.US_ASCII);

    private static OdooClient client(String url) {
        return OdooClient.builder().url(url).database("demo").login("admin").password("admin")
                .protocol(Protocol.XMLRPC).build();
    }

    @Test
    void oneConnectionCarriesCallAfterCall() throws Exception {
        try (KeepAliveServer server = new KeepAliveServer(10_000)) {
            try (OdooClient odoo = client(server.url())) {
                for (int i = 0; i < 5; i++) {
                    assertEquals(2L, odoo.execute("res.partner", "search_count", List.of(List.of())));
                }
            }
            assertEquals(6, server.requests.get(), "login and five calls");
            assertEquals(1, server.connections.get(), "all on one connection");
        }
    }

    @Test
    void threadsCallingAtOnceEachGetAConnection() throws Exception {
        // 16 calls at once, each answered after 300 ms: all 16 are in the server together, none waits for another's
        // connection (HttpClient's own default would allow 5 per server).
        try (KeepAliveServer server = new KeepAliveServer(10_000)) {
            server.answerDelayMillis = 300;
            try (OdooClient odoo = client(server.url())) {
                odoo.authenticate();
                ExecutorService threads = Executors.newFixedThreadPool(16);
                try {
                    List<Future<Object>> calls = new ArrayList<>();
                    for (int i = 0; i < 16; i++) {
                        calls.add(threads.submit(() -> odoo.execute("res.partner", "search_count",
                                List.of(List.of()))));
                    }
                    for (Future<Object> call : calls) {
                        assertEquals(2L, call.get(30, TimeUnit.SECONDS));
                    }
                } finally {
                    threads.shutdownNow();
                }
            }
            assertEquals(16, server.mostAtOnce.get(), "every call in the server at the same time");
        }
    }

    @Test
    void aCookieTheServerSetsIsNotSentBack() throws Exception {
        // Odoo sets a session_id cookie on every answer; the client authenticates each call itself (a password or
        // API key), so it keeps no cookie: a session on the server never decides what a call may do.
        try (KeepAliveServer server = new KeepAliveServer(10_000)) {
            server.setCookie = true;
            try (OdooClient odoo = client(server.url())) {
                assertEquals(2L, odoo.execute("res.partner", "search_count", List.of(List.of())));
                assertEquals(2L, odoo.execute("res.partner", "search_count", List.of(List.of())));
            }
            assertEquals(3, server.heads.size());
            for (String head : server.heads) {
                assertFalse(head.toLowerCase(Locale.ROOT).contains("\r\ncookie:"), head);
            }
        }
    }

    @Test
    void anIdleConnectionTheServerClosedIsNotWrittenTo() throws Exception {
        // The server closes a connection 20 ms after its last answer, without saying so in a header (as a server
        // that restarts does): the pooled connection is dead when the next call comes, 150 ms later. Writing a POST
        // to it would fail (and could not be retried safely); the client checks it first and opens a new one.
        try (KeepAliveServer server = new KeepAliveServer(20)) {
            try (OdooClient odoo = client(server.url())) {
                assertEquals(2L, odoo.execute("res.partner", "search_count", List.of(List.of())));
                Thread.sleep(150);
                assertEquals(2L, odoo.execute("res.partner", "search_count", List.of(List.of())));
            }
            assertEquals(3, server.requests.get(), "login and two calls, none repeated");
            assertEquals(2, server.connections.get(), "a new connection after the server closed the first");
        }
    }

    @Test
    void aRequestWhoseConnectionBrokeIsNotSentAgain() throws Exception {
        // Reads the request, then hangs up without a word: the server may have done the work.
        try (KeepAliveServer server = new KeepAliveServer(10_000)) {
            try (OdooClient odoo = client(server.url())) {
                odoo.authenticate();
                server.hangUpAfterReading.set(true);
                OdooConnectionException e = assertThrows(OdooConnectionException.class,
                        () -> odoo.execute("todo.task", "create", List.of(Map.of("name", "once"))));
                assertTrue(e.getMessage().startsWith("The server closed the connection without an answer; the call may"
                        + " have run on the server all the same (it was not sent again)"), e.getMessage());
            }
            assertEquals(2, server.requests.get(), "login, then the create once, never again");
        }
    }

    /**
     * An HTTP/1.1 server answering {@link #ANSWER} to every request, keeping each connection open until it has been
     * idle for {@code idleMillis}; it counts connections and requests.
     */
    private static final class KeepAliveServer implements AutoCloseable {
        final AtomicInteger connections = new AtomicInteger();
        final AtomicInteger requests = new AtomicInteger();
        final AtomicBoolean hangUpAfterReading = new AtomicBoolean();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        private final AtomicInteger atOnce = new AtomicInteger();
        volatile int answerDelayMillis;
        volatile boolean setCookie;
        final List<String> heads = new CopyOnWriteArrayList<>();
        private final ServerSocket socket;
        private final int idleMillis;

        KeepAliveServer(int idleMillis) throws IOException {
            this.idleMillis = idleMillis;
            socket = new ServerSocket();
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket s = socket.accept();
                        connections.incrementAndGet();
                        Thread connection = new Thread(() -> serve(s), "keep-alive-connection");
                        connection.setDaemon(true);
                        connection.start();
                    } catch (IOException e) {
                        // closing
                    }
                }
            }, "keep-alive-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private void serve(Socket s) {
            try (s) {
                s.setSoTimeout(idleMillis);
                InputStream in = s.getInputStream();
                OutputStream out = s.getOutputStream();
                while (readRequest(in, heads)) {
                    requests.incrementAndGet();
                    if (hangUpAfterReading.get()) {
                        return;
                    }
                    mostAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(answerDelayMillis);
                    } catch (InterruptedException e) {
                        return;
                    } finally {
                        atOnce.decrementAndGet();
                    }
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: " + ANSWER.length
                            + (setCookie ? "\r\nSet-Cookie: session_id=s3cr3t; Path=/; HttpOnly" : "")
                            + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(ANSWER);
                    out.flush();
                }
            } catch (IOException e) {
                // idle for too long (the point of the idle timeout), or the client went away
            }
        }

        /** Reads one request's head and body; false at the end of the stream. */
        private static boolean readRequest(InputStream in, List<String> heads) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    return false;
                }
                head.write(b);
                matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            heads.add(head.toString(StandardCharsets.US_ASCII));
            int length = 0;
            for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
                }
            }
            return in.readNBytes(length).length == length;
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
