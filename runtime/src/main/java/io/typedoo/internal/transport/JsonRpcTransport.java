package io.typedoo.internal.transport;

import com.fasterxml.jackson.databind.JsonNode;
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
 * <p>{@link JsonCodec} reads the answer (trees only, bounded), {@link HttpPoster} bounds the body. An answer with
 * neither {@code result} nor {@code error} is what Odoo sends for a method returning None: {@link OdooNoneResultException}, as over XML-RPC. Thread-safe.
 */
public final class JsonRpcTransport implements Transport {

    private final URI endpoint;
    private final HttpPoster http;
    private final JsonCodec json;
    private final AtomicLong ids = new AtomicLong();

    /** A transport for the server of {@code config}; nothing is sent until the first call. */
    public JsonRpcTransport(TransportConfig config) {
        this.endpoint = URI.create(RequestParts.baseUrl(config) + "/jsonrpc");
        this.http = new HttpPoster(config);
        this.json = new JsonCodec(config);
    }

    @Override
    public @Nullable Object call(CallSite site, String service, String method, List<?> args, ByteCounter bytes) {
        List<?> wireArgs = RequestParts.wireArguments(args, site);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("service", service);
        params.put("method", method);
        params.put("args", wireArgs);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("jsonrpc", "2.0");
        request.put("method", "call");
        request.put("params", params);
        request.put("id", ids.incrementAndGet());
        byte[] body = json.write(request, site);
        HttpPoster.Answer answer = http.post(endpoint, "application/json", body, site, bytes);
        JsonNode root = json.read(answer.body(), site);
        if (!root.isObject()) {
            throw new OdooProtocolException("The answer is not a JSON-RPC object: " + HttpPoster.snippet(answer.body()),
                    site, null);
        }
        JsonNode error = root.get("error");
        if (error != null && !error.isNull()) {
            if (!(JsonCodec.toJava(error, site) instanceof Map<?, ?> errorMap)) {
                throw new OdooProtocolException("The JSON-RPC error is not an object: " + error, site, null);
            }
            throw RemoteErrors.fromJsonRpcError(errorMap, site);
        }
        if (!root.has("result")) {
            // Odoo leaves "result" out when the method returned None; the method ran and committed.
            throw new OdooNoneResultException(site, null);
        }
        return JsonCodec.toJava(root.get("result"), site);
    }
}
