package io.typedoo.it.typed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * A loopback HTTP front for the testkit server that passes every request through and rewrites every answer but
 * {@code version()}'s, as a broken or hostile server would: the engine stays real, the answers do not.
 */
final class TamperingFront implements AutoCloseable {

    private final HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String target;
    private final UnaryOperator<String> rewrite;

    private TamperingFront(String target, UnaryOperator<String> rewrite) throws IOException {
        this.target = target;
        this.rewrite = rewrite;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A front for the server at {@code target} that passes each answer through {@code rewrite}. */
    static TamperingFront start(String target, UnaryOperator<String> rewrite) {
        try {
            return new TamperingFront(target, rewrite);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The front's base URL. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath();
        HttpRequest request = HttpRequest.newBuilder(URI.create(target + path))
                .header("Content-Type", exchange.getRequestHeaders().getFirst("Content-Type"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        boolean version = new String(body, StandardCharsets.UTF_8).contains("<methodName>version</methodName>");
        byte[] answer = (version ? response.body() : rewrite.apply(response.body())).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                response.headers().firstValue("Content-Type").orElse("text/xml"));
        exchange.sendResponseHeaders(response.statusCode(), answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
