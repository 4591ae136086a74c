package io.typedoo.testkit.wire;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.typedoo.testkit.engine.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP side of the testkit server, on the JDK's {@code com.sun.net.httpserver} with a pool of threads so that
 * many clients can call at once (the engine makes each call atomic). Routes
 * {@code POST /xmlrpc/2/<service>}, {@code POST /xmlrpc/<service>} and {@code POST /jsonrpc} (answered 404 in
 * the Odoo 20 forecast, where they are removed), {@code GET /web/version}, the web client's routes external
 * clients use ({@link WebEndpoint}: sessions, {@code call_kw}, the redirects of {@code /}), and from Odoo 19
 * {@code /json/version} and everything under {@code /json/2} (JSON-2); anything else is 404 (or 405 for another
 * HTTP method). Counts the RPC requests it serves (POSTs to XML-RPC, JSON-RPC, JSON-2 and the web routes).
 *
 * <p>Internal to the testkit: use {@link io.typedoo.testkit.OdooTestServer}.
 */
public final class RpcHttpServer {

    /** Request bodies larger than this are refused with HTTP 413 before they are read. */
    public static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

    private static final System.Logger LOG = System.getLogger(RpcHttpServer.class.getName());
    private static final Pattern XMLRPC_PATH = Pattern.compile("/xmlrpc/(2/)?([A-Za-z0-9_]+)/?");
    private static final AtomicInteger SERVERS = new AtomicInteger();

    static {
        // The JDK server writes headers and body in two segments; with Nagle's algorithm on, the body waits for
        // the client's delayed ACK, about 40 ms per call on loopback. Read once, when the first server starts;
        // a value the application set itself is kept.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer http;
    private final ExecutorService workers;
    private final XmlRpcEndpoint xmlRpc;
    private final JsonRpcEndpoint jsonRpc;
    private final Json2Endpoint json2;
    private final WebEndpoint web;
    private final VersionEndpoint version;
    private final int odooVersion;
    private final AtomicLong requests = new AtomicLong();

    private RpcHttpServer(HttpServer http, ExecutorService workers, RpcServices services) {
        this.http = http;
        this.workers = workers;
        this.xmlRpc = new XmlRpcEndpoint(services);
        this.jsonRpc = new JsonRpcEndpoint(services);
        this.json2 = new Json2Endpoint(services.database());
        this.web = new WebEndpoint(services);
        this.version = new VersionEndpoint(services.odooVersion());
        this.odooVersion = services.odooVersion();
    }

    /**
     * Binds {@code address} (port 0 for a free one) and starts serving {@code database}.
     *
     * @param threads how many requests are served at once
     * @throws UncheckedIOException when the address cannot be bound, for example a port in use
     */
    public static RpcHttpServer start(Database database, InetSocketAddress address, int threads) {
        HttpServer http;
        try {
            http = HttpServer.create(address, 64);
        } catch (IOException e) {
            String host = address.getAddress() == null ? address.getHostString()
                    : address.getAddress().getHostAddress();
            throw new UncheckedIOException("Cannot listen on " + host + ":" + address.getPort() + ": "
                    + e.getMessage(), e);
        }
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemonThreads());
        RpcHttpServer server = new RpcHttpServer(http, workers, new RpcServices(database));
        http.createContext("/", server::serve);
        http.setExecutor(workers);
        http.start();
        return server;
    }

    /** The port listened on. */
    public int port() {
        return http.getAddress().getPort();
    }

    /** How many RPC requests were served since the start or the last {@link #resetRequestCount()}. */
    public long requestCount() {
        return requests.get();
    }

    /** Sets the request count back to zero. */
    public void resetRequestCount() {
        requests.set(0);
    }

    /** Stops listening and ends the worker threads; requests being served are cut short. */
    public void stop() {
        http.stop(0);
        workers.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String verb = exchange.getRequestMethod();
            if (odooVersion >= 19 && Json2Endpoint.serves(path)) {
                serveJson2(exchange, verb, path);
                return;
            }
            if (verb.equals("GET") && version.serves(path)) {
                send(exchange, version.handle());
                return;
            }
            if (WebEndpoint.serves(path)) {
                serveWeb(exchange, verb, path);
                return;
            }
            if (odooVersion >= 20 && isLegacyRpc(path)) {
                // The forecast of Odoo 20: XML-RPC and JSON-RPC are removed, so their paths are unknown routes.
                send(exchange, 404, "text/html; charset=utf-8", "Not Found");
                return;
            }
            if (!verb.equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                send(exchange, 405, "text/html; charset=utf-8", "Method Not Allowed");
                return;
            }
            Matcher xml = XMLRPC_PATH.matcher(path);
            boolean json = path.equals("/jsonrpc") || path.equals("/jsonrpc/");
            if (!json && !xml.matches()) {
                send(exchange, 404, "text/html; charset=utf-8", "Not Found");
                return;
            }
            requests.incrementAndGet();
            RequestLog log = new RequestLog(path);
            byte[] body = readBody(exchange);
            if (body == null) {
                log.error("body larger than " + MAX_BODY_BYTES + " bytes");
                log.answered(413);
                send(exchange, 413, "text/html; charset=utf-8", "Request Entity Too Large");
                return;
            }
            if (json) {
                HttpAnswer answer = jsonRpc.handle(body, log);
                log.answered(answer.status());
                send(exchange, answer);
            } else {
                boolean legacy = xml.group(1) == null;
                String response = xmlRpc.handle(xml.group(2), body, legacy, log);
                log.answered(200);
                send(exchange, 200, "text/xml; charset=utf-8", response);
            }
        } catch (IOException | RuntimeException e) {
            // The client went away or sent something HTTP-broken; there is nobody left to answer.
            LOG.log(Level.DEBUG, "Request on " + exchange.getRequestURI() + " failed: " + e);
        }
    }

    private void serveJson2(HttpExchange exchange, String verb, String path) throws IOException {
        if (verb.equals("POST")) {
            requests.incrementAndGet();
        }
        RequestLog log = new RequestLog(path);
        byte[] body = readBody(exchange);
        if (body == null) {
            log.error("body larger than " + MAX_BODY_BYTES + " bytes");
            log.answered(413);
            send(exchange, 413, "text/html; charset=utf-8", "Request Entity Too Large");
            return;
        }
        HttpAnswer answer = json2.handle(verb, path, exchange.getRequestHeaders(), body, log);
        log.answered(answer.status());
        send(exchange, answer);
    }

    /** The web client's routes that external clients use (sessions, {@code call_kw}, redirects of {@code /}). */
    private void serveWeb(HttpExchange exchange, String verb, String path) throws IOException {
        boolean rpc = WebEndpoint.isRpc(path) && verb.equals("POST");
        if (rpc) {
            requests.incrementAndGet();
        }
        RequestLog log = new RequestLog(path);
        byte[] body = rpc ? readBody(exchange) : new byte[0];
        if (body == null) {
            log.error("body larger than " + MAX_BODY_BYTES + " bytes");
            log.answered(413);
            send(exchange, 413, "text/html; charset=utf-8", "Request Entity Too Large");
            return;
        }
        String cookies = String.join("; ", exchange.getRequestHeaders().getOrDefault("Cookie", List.of()));
        HttpAnswer answer = web.handle(verb, path, cookies, body, log);
        if (rpc) {
            log.answered(answer.status());
        }
        if (verb.equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            answer.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(answer.status(), -1);
            return;
        }
        send(exchange, answer);
    }

    private static boolean isLegacyRpc(String path) {
        return path.equals("/jsonrpc") || path.equals("/jsonrpc/") || path.equals("/xmlrpc")
                || path.startsWith("/xmlrpc/");
    }

    /** The body, or {@code null} when it is larger than {@link #MAX_BODY_BYTES}. */
    private static byte @Nullable [] readBody(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && declared.strip().matches("\\d{1,18}")
                && Long.parseLong(declared.strip()) > MAX_BODY_BYTES) {
            return null;
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            return body.length > MAX_BODY_BYTES ? null : body;
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, HttpAnswer answer) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        if (answer.nosniff()) {
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        }
        answer.headers().forEach(exchange.getResponseHeaders()::set);
        byte[] body = answer.body();
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static ThreadFactory daemonThreads() {
        int server = SERVERS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "typedoo-testkit-" + server + "-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
