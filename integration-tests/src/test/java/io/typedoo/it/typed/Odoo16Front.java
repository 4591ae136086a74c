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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP front for the testkit server that answers as Odoo 16 does where it differs from 17 for the record
 * layer: {@code common.version()} says 16 (the recorded Odoo 18 answer with 16 in it), and
 * {@code web_search_read} with a {@code specification} keyword fails with the {@code TypeError} fault Odoo 16's
 * {@code web_search_read(domain, fields, offset, limit, order, count_limit)} raises for it (fault code 1 with the
 * traceback). Every other request passes through unchanged, so that the generated classes take their pre-17 path
 * against the real engine, whose request count still measures the wire (the refused call never reaches it).
 */
final class Odoo16Front implements AutoCloseable {

    private final HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String target;
    private final byte[] version16;
    private final AtomicInteger refused = new AtomicInteger();

    private Odoo16Front(String target) throws IOException {
        this.target = target;
        String recorded = Files.readString(Path.of("..", "odoo-wire", "xmlrpc", "01-version.response.xml"));
        this.version16 = recorded.replace("18.0", "16.0").replace("<int>18</int>", "<int>16</int>")
                .getBytes(StandardCharsets.UTF_8);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a front for the server at {@code target}, such as {@code http://127.0.0.1:43817}. */
    static Odoo16Front start(String target) {
        try {
            return new Odoo16Front(target);
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
        String text = new String(body, StandardCharsets.UTF_8);
        if (path.endsWith("/common") && text.contains("<methodName>version</methodName>")) {
            answer = version16;
            contentType = "text/xml; charset=utf-8";
        } else if (path.endsWith("/object") && text.contains(">web_search_read<")
                && text.contains("<name>specification</name>")) {
            refused.incrementAndGet();
            answer = SPECIFICATION_REFUSED.getBytes(StandardCharsets.UTF_8);
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
            answer = response.body();
            contentType = response.headers().firstValue("Content-Type").orElse("text/xml");
        }
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    /** How many {@code web_search_read} calls with a specification were refused. */
    int refusedSpecifications() {
        return refused.get();
    }

    /** Odoo 16's fault for {@code web_search_read(..., specification=...)}: fault code 1 with the traceback. */
    private static final String SPECIFICATION_REFUSED = """
            <?xml version='1.0'?>
            <methodResponse>
            <fault>
            <value><struct>
            <member>
            <name>faultCode</name>
            <value><int>1</int></value>
            </member>
            <member>
            <name>faultString</name>
            <value><string>Traceback (most recent call last):
              File "/usr/lib/python3/dist-packages/odoo/addons/base/controllers/rpc.py", line 101, in xmlrpc_2
                response = self._xmlrpc(service)
              File "/usr/lib/python3/dist-packages/odoo/service/model.py", line 133, in execute_cr
                result = odoo.api.call_kw(recs, method, args, kw)
              File "/usr/lib/python3/dist-packages/odoo/api.py", line 468, in call_kw
                result = _call_kw_model(method, model, args, kwargs)
              File "/usr/lib/python3/dist-packages/odoo/api.py", line 441, in _call_kw_model
                result = method(recs, *args, **kwargs)
            TypeError: web_search_read() got an unexpected keyword argument 'specification'
            </string></value>
            </member>
            </struct></value>
            </fault>
            </methodResponse>
            """;

    @Override
    public void close() {
        server.stop(0);
    }
}
