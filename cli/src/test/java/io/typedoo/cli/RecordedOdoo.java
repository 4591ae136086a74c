package io.typedoo.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loopback HTTP server that answers XML-RPC requests with responses a real Odoo 18 sent, from the repository's
 * {@code odoo-wire/xmlrpc} folder: the first rule whose text occurs in the request body picks the response.
 */
public final class RecordedOdoo implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> rules = new LinkedHashMap<>();
    private final List<String> requests = new ArrayList<>();

    private RecordedOdoo() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            synchronized (requests) {
                requests.add(body);
            }
            String file = rules.entrySet().stream().filter(e -> body.contains(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            if (file == null) {
                exchange.sendResponseHeaders(500, -1);
                exchange.close();
                return;
            }
            byte[] answer = Files.readAllBytes(wire().resolve("xmlrpc").resolve(file + ".response.xml"));
            exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    /** Starts a server with no rules. */
    public static RecordedOdoo start() {
        try {
            return new RecordedOdoo();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's odoo-wire folder; tests run in the module's folder. */
    public static Path wire() {
        return Path.of("").toAbsolutePath().getParent().resolve("odoo-wire");
    }

    /** Answers requests containing {@code text} with the recorded exchange {@code exchange}, such as 02-authenticate. */
    public RecordedOdoo when(String text, String exchange) {
        rules.put(text, exchange);
        return this;
    }

    /** The server's base URL. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The request bodies received so far. */
    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
