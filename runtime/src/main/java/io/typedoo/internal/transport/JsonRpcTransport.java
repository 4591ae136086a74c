package io.typedoo.internal.transport;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.typedoo.error.CallSite;
import io.typedoo.error.OdooNoneResultException;
import io.typedoo.error.OdooProtocolException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Odoo's JSON-RPC ({@code POST /jsonrpc}, {@code {"method": "call", "params": {"service", "method", "args"}}})
 * over the JDK HTTP client and Jackson.
 *
 * <p>Jackson reads the answer as a tree only (no data binding, no polymorphic typing, so nothing in the answer can
 * name a Java class), under {@link StreamReadConstraints} sized to {@link TransportConfig#maxResponseBytes()}, and
 * the body itself is bounded by {@link HttpPoster}. An answer with neither {@code result} nor {@code error} is what
 * Odoo sends for a method returning None: {@link OdooNoneResultException}, as over XML-RPC. Thread-safe.
 */
public final class JsonRpcTransport implements Transport {

    private final URI endpoint;
    private final HttpPoster http;
    private final ObjectMapper json;
    private final AtomicLong ids = new AtomicLong();

    /** A transport for the server of {@code config}; nothing is sent until the first call. */
    public JsonRpcTransport(TransportConfig config) {
        this.endpoint = URI.create(RequestParts.baseUrl(config) + "/jsonrpc");
        this.http = new HttpPoster(config);
        int maxString = (int) Math.min(config.maxResponseBytes(), Integer.MAX_VALUE);
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(500)
                        .maxNumberLength(400)
                        .maxStringLength(maxString)
                        .maxDocumentLength(config.maxResponseBytes())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.json = JsonMapper.builder(factory).build();
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
        byte[] body;
        try {
            body = json.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write the JSON-RPC request: " + e.getOriginalMessage()
                    + " [" + site.describe() + "]", e);
        }
        HttpPoster.Answer answer = http.post(endpoint, "application/json", body, site, bytes);
        JsonNode root;
        try {
            root = json.readTree(answer.body());
        } catch (IOException e) {
            String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new OdooProtocolException("The answer is not JSON (" + why + "): " + HttpPoster.snippet(answer.body()),
                    site, null);
        }
        if (root == null || !root.isObject()) {
            throw new OdooProtocolException("The answer is not a JSON-RPC object: " + HttpPoster.snippet(answer.body()),
                    site, null);
        }
        JsonNode error = root.get("error");
        if (error != null && !error.isNull()) {
            if (!(toJava(error, site) instanceof Map<?, ?> errorMap)) {
                throw new OdooProtocolException("The JSON-RPC error is not an object: " + error, site, null);
            }
            throw RemoteErrors.fromJsonRpcError(errorMap, site);
        }
        if (!root.has("result")) {
            // Odoo leaves "result" out when the method returned None; the method ran and committed.
            throw new OdooNoneResultException(site, null);
        }
        return toJava(root.get("result"), site);
    }

    /** The tree in the normalised form: Long, Double, String, Boolean, List, insertion-ordered Map, null. */
    private static @Nullable Object toJava(JsonNode node, CallSite site) {
        switch (node.getNodeType()) {
            case NULL, MISSING:
                return null;
            case BOOLEAN:
                return node.booleanValue();
            case STRING:
                return node.textValue();
            case NUMBER:
                if (node.isIntegralNumber()) {
                    if (!node.canConvertToLong()) {
                        throw new OdooProtocolException("The integer " + node + " does not fit 64 bits", site, null);
                    }
                    return node.longValue();
                }
                return node.doubleValue();
            case ARRAY: {
                List<Object> list = new ArrayList<>(node.size());
                for (JsonNode item : node) {
                    list.add(toJava(item, site));
                }
                return list;
            }
            case OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>(node.size() * 2);
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    map.put(e.getKey(), toJava(e.getValue(), site));
                }
                return map;
            }
            default:
                throw new OdooProtocolException("Unexpected JSON value " + node.getNodeType(), site, null);
        }
    }
}
