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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A loopback HTTP front for the testkit server that passes every request through and can change what comes back:
 * {@link #odoo16} answers {@code common.version()} as Odoo 16 does (the recorded Odoo 18 answer with 16 in it), so
 * that the generated classes take their pre-17 path (no {@code web_search_read} specification) against the real
 * engine, whose request count still measures the wire; {@link #tampering} rewrites every other answer, as a
 * broken or hostile server would.
 */
final class Front implements AutoCloseable {

    private final HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String target;
    private final byte @Nullable [] version;
    private final UnaryOperator<String> rewrite;

    private Front(String target, byte @Nullable [] version, UnaryOperator<String> rewrite) throws IOException {
        this.target = target;
        this.version = version;
        this.rewrite = rewrite;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A front for the server at {@code target}, such as {@code http://127.0.0.1:43817}, that claims Odoo 16. */
    static Front odoo16(String target) {
        try {
            String recorded = Files.readString(Path.of("..", "odoo-wire", "xmlrpc", "01-version.response.xml"));
            byte[] version16 = recorded.replace("18.0", "16.0").replace("<int>18</int>", "<int>16</int>")
                    .getBytes(StandardCharsets.UTF_8);
            return new Front(target, version16, UnaryOperator.identity());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A front for the server at {@code target} that passes each answer but {@code version()} through {@code rewrite}. */
    static Front tampering(String target, UnaryOperator<String> rewrite) {
        try {
            return new Front(target, null, rewrite);
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
        byte[] answer;
        String contentType;
        boolean versionCall = path.endsWith("/common")
                && new String(body, StandardCharsets.UTF_8).contains("<methodName>version</methodName>");
        if (versionCall && version != null) {
            answer = version;
            contentType = "text/xml; charset=utf-8";
        } else {
            HttpRequest request = HttpRequest.newBuilder(URI.create(target + path))
                    .header("Content-Type", exchange.getRequestHeaders().getFirst("Content-Type"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            HttpResponse<byte[]> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            answer = versionCall ? response.body()
                    : rewrite.apply(new String(response.body(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            contentType = response.headers().firstValue("Content-Type").orElse("text/xml");
        }
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
