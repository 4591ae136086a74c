package io.typedoo.testkit.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /jsonrpc}: {@code {"jsonrpc": "2.0", "method": "call", "params": {"service", "method", "args"},
 * "id": N}}, answered as Odoo 18 and 19 answer it.
 *
 * <ul>
 *   <li>{@code jsonrpc}, {@code method} and {@code id} may be missing; the id is echoed with its JSON type
 *       ({@code null}, number, string).</li>
 *   <li>A {@code None} result gives an object with no {@code result} member.</li>
 *   <li>Errors are HTTP 200 with {@code {"code": 200, "message": "Odoo Server Error", "data": {"name", "debug",
 *       "message", "arguments", "context"}}}, {@code name} being the qualified Python exception class; Odoo 19
 *       sends {@code "code": 0}.</li>
 *   <li>A body that is not JSON is HTTP 400, {@code text/html}, {@code Invalid JSON data}.</li>
 * </ul>
 *
 * <p>Output uses Python's {@code json.dumps} separators and float repr ({@link PythonJson}).
 */
final class JsonRpcEndpoint {

    private static final System.Logger LOG = System.getLogger(JsonRpcEndpoint.class.getName());

    private final RpcServices services;

    JsonRpcEndpoint(RpcServices services) {
        this.services = services;
    }

    HttpAnswer handle(byte[] body, RequestLog log) {
        HttpAnswer tooLarge = PythonJson.refusedForTheHeapBudget(body, log);
        if (tooLarge != null) {
            return tooLarge;
        }
        JsonNode request = PythonJson.parse(body).tree();
        if (request == null || !request.isObject()) {
            log.error("Invalid JSON data");
            return HttpAnswer.html(400, "Invalid JSON data").withNosniff();
        }
        @Nullable Object id = PythonJson.toJava(request.get("id"));
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
            Object args = PythonJson.toJava(params.get("args"));
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
            json = PythonJson.write(response);
        } catch (RpcError e) {
            // The engine returned a value JSON cannot hold; Python's json.dumps fails the same way.
            log.error(e);
            response.remove("result");
            response.put("error", error(e));
            json = PythonJson.write(response);
        }
        return HttpAnswer.json(200, json);
    }

    private static String stringParam(@Nullable JsonNode params, String name) {
        JsonNode value = params == null ? null : params.get(name);
        if (value == null || !value.isTextual()) {
            throw RpcError.server("builtins.TypeError",
                    "RPC.jsonrpc() missing 1 required positional argument: '" + name + "'", "jsonrpc");
        }
        return value.asText();
    }

    private Map<String, Object> error(RpcError e) {
        return error(e, services.odooVersion());
    }

    /** The {@code error} member of a JSON-RPC answer as Odoo of that version writes it (also for /web/* routes). */
    static Map<String, Object> error(RpcError e, int odooVersion) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", e.pythonClass());
        data.put("debug", e.traceback());
        data.put("message", e.odooMessage());
        data.put("arguments", List.of(e.odooMessage()));
        data.put("context", Map.of());
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", odooVersion >= 19 ? 0L : 200L);    // Odoo 19 sends 0, Odoo 18 sent 200
        error.put("message", "Odoo Server Error");
        error.put("data", data);
        return error;
    }
}
