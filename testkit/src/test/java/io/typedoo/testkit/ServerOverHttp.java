package io.typedoo.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests of the server as an HTTP client sees it: one testkit server per test class, started before its tests
 * and closed after them, and a JDK HTTP client that sends raw requests to it.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ServerOverHttp wire = new ServerOverHttp();
 * }</pre>
 */
public final class ServerOverHttp implements BeforeAllCallback, AfterAllCallback {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int odooVersion;
    private @Nullable OdooTestServer server;

    /** A server answering as Odoo 18. */
    public ServerOverHttp() {
        this(18);
    }

    /** A server answering as {@code odooVersion}. */
    public ServerOverHttp(int odooVersion) {
        this.odooVersion = odooVersion;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = OdooTestServer.builder().odooVersion(odooVersion).start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** The running server; only between the class's start and end. */
    public OdooTestServer server() {
        if (server == null) {
            throw new IllegalStateException("The server runs only while the test class runs");
        }
        return server;
    }

    /** POSTs {@code body} to {@code path} without a Content-Type, as a careless client would. */
    public HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs the bytes of {@code body} to {@code path} as {@code contentType}. */
    public HttpResponse<byte[]> post(String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** GETs {@code path}. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends {@code verb} to {@code path} with {@code headers} (name, value, name, value...) and {@code body}
     * (null for none), as JSON-2 tests need: any verb, any header, no header added.
     */
    public HttpResponse<String> send(String verb, String path, @Nullable String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).method(verb, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs a JSON-2 call with the bearer {@code apiKey}. */
    public HttpResponse<String> json2(String apiKey, String modelAndMethod, String body)
            throws IOException, InterruptedException {
        return send("POST", "/json/2/" + modelAndMethod, body, "Authorization", "bearer " + apiKey,
                "Content-Type", "application/json");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server().url() + path));
    }
}
