package io.typedoo.testkit.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.typedoo.testkit.engine.PythonText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /jsonrpc}: {@code {"jsonrpc": "2.0", "method": "call", "params": {"service", "method", "args"},
 * "id": N}}, answered as Odoo 18 answers it.
 *
 * <ul>
 *   <li>{@code jsonrpc}, {@code method} and {@code id} may be missing; the id is echoed with its JSON type
 *       ({@code null}, number, string).</li>
 *   <li>A {@code None} result gives an object with no {@code result} member.</li>
 *   <li>Errors are HTTP 200 with {@code {"code": 200, "message": "Odoo Server Error", "data": {"name", "debug",
 *       "message", "arguments", "context"}}}, {@code name} being the qualified Python exception class.</li>
 *   <li>A body that is not JSON is HTTP 400, {@code text/html}, {@code Invalid JSON data}.</li>
 * </ul>
 *
 * <p>Output uses Python's {@code json.dumps} separators ({@code ", "} and {@code ": "}) and float repr. Jackson
 * reads plain trees only (no polymorphic typing).
 */
final class JsonRpcEndpoint {

    private static final System.Logger LOG = System.getLogger(JsonRpcEndpoint.class.getName());
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** An answer: status, content type and body. */
    record Answer(int status, String contentType, byte[] body) {
    }

    private final RpcServices services;

    JsonRpcEndpoint(RpcServices services) {
        this.services = services;
    }

    Answer handle(byte[] body, RequestLog log) {
        JsonNode request;
        try {
            request = MAPPER.readTree(body);
        } catch (IOException e) {
            request = null;
        }
        if (request == null || !request.isObject()) {
            log.error("Invalid JSON data");
            return new Answer(400, "text/html; charset=utf-8",
                    "Invalid JSON data".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        @Nullable Object id = toJava(request.get("id"));
        Map<String, @Nullable Object> response = new LinkedHashMap<>();
        response.put("jsonrpc", "2.0");
        response.put("id", id);
        try {
            JsonNode params = request.get("params");
            String service = stringParam(params, "service");
            String method = stringParam(params, "method");
            if (params == null || !params.has("args")) {
                throw RpcError.server("builtins.TypeError",
                        "RPC.jsonrpc() missing 1 required positional argument: 'args'", "jsonrpc");
            }
            Object args = toJava(params.get("args"));
            if (!(args instanceof List<?>)) {
                throw RpcError.server("builtins.TypeError", "dispatch_rpc() argument after * must be an iterable, not "
                        + RpcServices.pythonType(args), "jsonrpc");
            }
            @SuppressWarnings("unchecked")
            List<@Nullable Object> argList = (List<@Nullable Object>) args;
            log.call(service, method, argList);
            Object result = services.dispatch(service, method, argList);
            if (result != null) {
                response.put("result", result);
            }
        } catch (RpcError e) {
            log.error(e);
            response.put("error", error(e));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Unexpected failure while serving /jsonrpc", e);
            response.put("error", error(RpcError.server("builtins.Exception", String.valueOf(e), "jsonrpc")));
        }
        byte[] json;
        try {
            json = write(response);
        } catch (RpcError e) {
            // The engine returned a value JSON cannot hold; Python's json.dumps fails the same way.
            log.error(e);
            response.remove("result");
            response.put("error", error(e));
            json = write(response);
        }
        return new Answer(200, "application/json; charset=utf-8", json);
    }

    private static String stringParam(@Nullable JsonNode params, String name) {
        JsonNode value = params == null ? null : params.get(name);
        if (value == null || !value.isTextual()) {
            throw RpcError.server("builtins.TypeError",
                    "RPC.jsonrpc() missing 1 required positional argument: '" + name + "'", "jsonrpc");
        }
        return value.asText();
    }

    static Map<String, Object> error(RpcError e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", e.pythonClass());
        data.put("debug", e.traceback());
        data.put("message", e.odooMessage());
        data.put("arguments", List.of(e.odooMessage()));
        data.put("context", Map.of());
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", 200L);
        error.put("message", "Odoo Server Error");
        error.put("data", data);
        return error;
    }

    /** A JSON tree to the normalised form: integers as Long, fractions as Double, objects keep their order. */
    static @Nullable Object toJava(@Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        } else if (node.isBoolean()) {
            return node.booleanValue();
        } else if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                throw RpcError.server("builtins.OverflowError", "int too large: " + node.asText(), "loads");
            }
            return node.longValue();
        } else if (node.isNumber()) {
            return node.doubleValue();
        } else if (node.isTextual()) {
            return node.textValue();
        } else if (node.isArray()) {
            List<@Nullable Object> list = new ArrayList<>(node.size());
            node.forEach(item -> list.add(toJava(item)));
            return list;
        } else if (node.isObject()) {
            Map<String, @Nullable Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                map.put(field.getKey(), toJava(field.getValue()));
            }
            return map;
        }
        return node.asText();
    }

    static byte[] write(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
            json.setPrettyPrinter(new PythonSeparators());
            writeValue(json, value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON-RPC answer", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeValue(JsonGenerator json, @Nullable Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigInteger big) {
            json.writeNumber(big);
        } else if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            double d = ((Number) value).doubleValue();
            json.writeNumber(Double.isNaN(d) ? "NaN" : Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity")
                    : PythonText.floatRepr(d));
        } else if (value instanceof CharSequence text) {
            json.writeString(text.toString());
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                writeValue(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                writeValue(json, entry.getValue());
            }
            json.writeEndObject();
        } else {
            throw RpcError.server("builtins.TypeError", "Object of type " + value.getClass().getSimpleName()
                    + " is not JSON serializable", "dumps");
        }
    }

    /** Python's {@code json.dumps} layout: {@code {"a": 1, "b": [1, 2]}}. */
    private static final class PythonSeparators extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }
    }
}
