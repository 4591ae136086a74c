package io.typedoo.wire;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on loopback that answers each request with the next queued response, byte for byte, and
 * records what it was sent. Answers 599 when nothing is queued, so a test that sends more than it expects fails.
 */
public final class ReplayServer implements AutoCloseable {

    /** One canned answer. */
    public record Response(int status, Map<String, String> headers, byte[] body, long delayMillis, boolean inChunks,
            boolean echoId) {
        public static Response of(int status, String contentType, byte[] body) {
            return new Response(status, Map.of("Content-Type", contentType), body, 0, false, true);
        }

        public static Response of(int status, String contentType, String body) {
            return of(status, contentType, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        /** The same answer after a pause. */
        public Response delayed(long millis) {
            return new Response(status, headers, body, millis, inChunks, echoId);
        }

        /** The same answer without a Content-Length, in chunks. */
        public Response inChunksWithoutLength() {
            return new Response(status, headers, body, delayMillis, true, echoId);
        }

        /**
         * The same answer with its JSON-RPC {@code id} exactly as queued. By default the server puts the request's
         * id into a JSON answer, as a JSON-RPC server does, so that recorded answers fit any client's ids.
         */
        public Response withIdAsQueued() {
            return new Response(status, headers, body, delayMillis, inChunks, false);
        }
    }

    /** One request as received. */
    public record Request(String method, String path, Map<String, List<String>> headers, byte[] body) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Deque<Response> queue = new ArrayDeque<>();
    private final List<Request> requests = new ArrayList<>();

    public ReplayServer() throws IOException {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs: 40 ms a call.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The base URL, such as {@code http://127.0.0.1:41234}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public synchronized ReplayServer enqueue(Response response) {
        queue.add(response);
        return this;
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    public synchronized Request lastRequest() {
        if (requests.isEmpty()) {
            throw new AssertionError("no request reached the server");
        }
        return requests.get(requests.size() - 1);
    }

    public synchronized void reset() {
        queue.clear();
        requests.clear();
    }

    public synchronized int pending() {
        return queue.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Response response;
        synchronized (this) {
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()), body));
            response = queue.poll();
        }
        if (response == null) {
            response = Response.of(599, "text/plain", "nothing queued".getBytes());
        }
        if (response.delayMillis() > 0) {
            try {
                Thread.sleep(response.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        byte[] answer = response.echoId() ? withRequestId(response.body(), body) : response.body();
        try {
            long length = response.inChunks() ? 0 : answer.length == 0 ? -1 : answer.length;
            exchange.sendResponseHeaders(response.status(), length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        } catch (IOException clientGone) {
            // the client gave up (timeout or size limit tests): nothing to answer
        } finally {
            exchange.close();
        }
    }

    private static final Pattern ANSWER_ID = Pattern.compile("^(\\{\\s*(?:\"jsonrpc\":\\s*\"2\\.0\",\\s*)?\"id\":\\s*)"
            + "(-?\\d+|null|\"[^\"]*\")");
    private static final Pattern REQUEST_ID = Pattern.compile("\"id\":\\s*(-?\\d+|\"[^\"]*\")\\s*}\\s*$");

    /** {@code answer} with the top-level JSON-RPC id of {@code request}, when both have one. */
    private static byte[] withRequestId(byte[] answer, byte[] request) {
        Matcher sent = REQUEST_ID.matcher(new String(request, StandardCharsets.UTF_8));
        if (!sent.find()) {
            return answer;
        }
        String text = new String(answer, StandardCharsets.UTF_8);
        Matcher id = ANSWER_ID.matcher(text);
        if (!id.find()) {
            return answer;
        }
        // Padded with spaces to the recorded id's length, so the answer keeps its recorded size.
        String newId = sent.group(1) + " ".repeat(Math.max(0, id.group(2).length() - sent.group(1).length()));
        return (id.group(1) + newId + text.substring(id.end())).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
