package io.typedoo.internal.transport;

import io.typedoo.error.CallSite;
import io.typedoo.error.OdooNoneResultException;
import io.typedoo.error.OdooProtocolException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Odoo's JSON-RPC ({@code POST /jsonrpc}, {@code {"method": "call", "params": {"service", "method", "args"}}})
 * over the JDK HTTP client and Jackson.
 *
 * <p>The answer is read by {@link JsonValueReader} (streaming, no data binding, bounded by {@link DecodeBudget},
 * nothing accepted after the document, no non-finite number), and the body itself is bounded by
 * {@link HttpPoster}. The envelope is checked: {@code "jsonrpc": "2.0"} and the request's {@code id} are required,
 * then an {@code error} or a {@code result}. A well-formed envelope without {@code result} is what Odoo sends for a
 * method returning None: {@link OdooNoneResultException}, as over XML-RPC. Thread-safe.
 */
public final class JsonRpcTransport implements Transport {

    private final URI endpoint;
    private final HttpPoster http;
    private final JsonRequestWriter json = new JsonRequestWriter();
    private final JsonValueReader reader;
    private final AtomicLong ids = new AtomicLong();

    /** A transport for the server of {@code config}; nothing is sent until the first call. */
    public JsonRpcTransport(TransportConfig config) {
        this(config, Redactor.none());
    }

    /** A transport whose error messages never show the secrets {@code redactor} knows. */
    public JsonRpcTransport(TransportConfig config, Redactor redactor) {
        this.endpoint = URI.create(RequestParts.baseUrl(config) + "/jsonrpc");
        this.http = new HttpPoster(config, redactor);
        this.reader = new JsonValueReader(config.maxResponseBytes());
    }

    @Override
    public @Nullable Object call(CallSite site, String service, String method, List<?> args, ByteCounter bytes) {
        List<?> wireArgs = RequestParts.wireArguments(args, site);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("service", service);
        params.put("method", method);
        params.put("args", wireArgs);
        long id = ids.incrementAndGet();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("jsonrpc", "2.0");
        request.put("method", "call");
        request.put("params", params);
        request.put("id", id);
        byte[] body = json.write(request, site);
        HttpPoster.Answer answer = http.post(endpoint, "application/json", body, site, bytes);
        Object root = reader.read(answer.body(), site, http);
        if (!(root instanceof Map<?, ?> envelope)) {
            throw new OdooProtocolException("The answer is not a JSON-RPC object: " + http.redactedSnippet(answer.body()),
                    site, null);
        }
        if (!"2.0".equals(envelope.get("jsonrpc")) || !Long.valueOf(id).equals(envelope.get("id"))) {
            throw new OdooProtocolException("The answer is not the JSON-RPC 2.0 response to request " + id
                    + " (its \"jsonrpc\" or \"id\" differs): " + http.redactedSnippet(answer.body()), site, null);
        }
        Object error = envelope.get("error");
        if (error != null) {
            if (!(error instanceof Map<?, ?> errorMap)) {
                throw new OdooProtocolException("The JSON-RPC error is not an object: "
                        + http.redactedSnippet(answer.body()), site, null);
            }
            throw RemoteErrors.fromJsonRpcError(errorMap, site, http.redactor());
        }
        if (!envelope.containsKey("result")) {
            // Odoo leaves "result" out when the method returned None; the method ran and committed.
            throw new OdooNoneResultException(site, null);
        }
        return envelope.get("result");
    }

    /** Refuses every later call; see {@link HttpPoster#close()}. */
    @Override
    public void close() {
        http.close();
    }
}
