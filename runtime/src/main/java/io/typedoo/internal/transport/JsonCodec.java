package io.typedoo.internal.transport;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.typedoo.error.CallSite;
import io.typedoo.error.OdooProtocolException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON side of the JSON-RPC and JSON-2 transports: writes request bodies and reads answers into the normalised
 * form of {@link Transport}.
 *
 * <p>Jackson reads answers as trees only (no data binding, no polymorphic typing, so nothing in an answer can name a
 * Java class), under {@link StreamReadConstraints} sized to {@link TransportConfig#maxResponseBytes()}, with
 * duplicate keys refused. Thread-safe.
 */
final class JsonCodec {

    private final ObjectMapper json;

    JsonCodec(TransportConfig config) {
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

    /** {@code value} (already in wire form) as a JSON body. */
    byte[] write(Object value, CallSite site) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write the JSON request: " + e.getOriginalMessage()
                    + " [" + site.describe() + "]", e);
        }
    }

    /**
     * The answer {@code body} as a tree.
     *
     * @throws OdooProtocolException when it is not JSON or breaks the limits
     */
    JsonNode read(byte[] body, CallSite site) {
        try {
            JsonNode root = json.readTree(body);
            if (root == null) {
                throw new OdooProtocolException("The answer is empty where JSON was expected", site, null);
            }
            return root;
        } catch (IOException e) {
            String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new OdooProtocolException("The answer is not JSON (" + why + "): " + HttpPoster.snippet(body),
                    site, null);
        }
    }

    /** The tree in the normalised form: Long, Double, String, Boolean, List, insertion-ordered Map, null. */
    static @Nullable Object toJava(JsonNode node, CallSite site) {
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
