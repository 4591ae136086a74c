package io.typedoo.testkit.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import io.typedoo.testkit.engine.Database;
import io.typedoo.testkit.engine.MethodSignature;
import io.typedoo.testkit.engine.ModelDef;
import io.typedoo.testkit.engine.OdooError;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Odoo 19's JSON-2 API, {@code POST /json/2/<model>/<method>}, answered as Odoo 19 answers it (the facts are in
 * {@code odoo-wire/json2/README.md}):
 *
 * <ol>
 *   <li>the database from {@code X-Odoo-Database} (a 404 page for another name), the route (any other verb or
 *       path under {@code /json/2} is a 404 hinting {@code Did you mean POST /json/2/<model>/<method>?}), the
 *       content type (415 page), then the bearer API key (401 with {@code WWW-Authenticate: Bearer });</li>
 *   <li>the body, a JSON object (400 with Python's parse error; any other JSON value counts as {@code {}}), whose
 *       {@code ids} and {@code context} keys the endpoint takes for itself; a body whose tree would outgrow the
 *       heap budget the JSON-RPC endpoint applies too is refused first with a 413 page;</li>
 *   <li>the model (404), the method (403 for a private one, 404 for an unknown one), {@code ids} on an
 *       {@code @api.model} method (422), then the other keys bound by name to the method's signature, with
 *       Python's {@code bind()} text on a mismatch (422);</li>
 *   <li>the bare JSON result (a created record list even for one dict), or the error with the status Odoo gives
 *       its class: 422 user and validation errors, 403 access errors, 404 missing records, 500 the rest.</li>
 * </ol>
 *
 * There is no session: nothing here sets a cookie.
 */
final class Json2Endpoint {

    private static final System.Logger LOG = System.getLogger(Json2Endpoint.class.getName());
    private static final Pattern CALL = Pattern.compile("/json/2/([^/]+)/([^/]+)");
    private static final String ROUTE = "/json/2/<__model__>/<__method__>";
    private static final String HINT = "Did you mean POST /json/2/<model>/<method>?";
    private static final String WHERE = "web_json_2_rpc";

    private final Database database;

    Json2Endpoint(Database database) {
        this.database = database;
    }

    /** Whether the path is JSON-2's: {@code /json/2} and everything under it. */
    static boolean serves(String path) {
        return path.equals("/json/2") || path.startsWith("/json/2/");
    }

    /** The answer to one request on a JSON-2 path. */
    HttpAnswer handle(String verb, String path, Headers headers, byte[] body, RequestLog log) {
        HttpAnswer noDatabase = BearerAuth.unknownDatabase(database, headers);
        if (noDatabase != null) {
            log.error("unknown database");
            return noDatabase;
        }
        Matcher call = CALL.matcher(path);
        try {
            // Werkzeug routes OPTIONS to the POST route, where authentication runs first.
            if (!call.matches() || !(verb.equals("POST") || verb.equals("OPTIONS"))) {
                throw Json2Error.notFound(HINT);
            }
            HttpAnswer unsupported = BearerAuth.unsupportedMediaType(headers, body, ROUTE);
            if (unsupported != null) {
                log.error("unsupported content type");
                return unsupported;
            }
            BearerAuth.Caller caller = BearerAuth.authenticate(database, headers);
            HttpAnswer tooLarge = PythonJson.refusedForTheHeapBudget(body, log);
            if (tooLarge != null) {
                return tooLarge;
            }
            Map<String, @Nullable Object> kwargs = arguments(body);
            log.call("json2", call.group(1) + "." + call.group(2), List.of());
            Object result = call(caller, call.group(1), call.group(2), kwargs);
            return HttpAnswer.json(200, PythonJson.write(result));
        } catch (Json2Error e) {
            log.error(e.pythonClass() + ": " + e.odooMessage());
            return e.answer(WHERE);
        } catch (OdooError e) {
            log.error(e.pythonClass() + ": " + e.message());
            return Json2Error.of(e).answer(WHERE);
        } catch (RpcError e) {
            log.error(e);
            return Json2Error.of(e).answer(WHERE);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Unexpected failure while serving " + path, e);
            return Json2Error.of(OdooError.server("builtins.Exception", String.valueOf(e))).answer(WHERE);
        }
    }

    /** The body's keys; an empty body is {@code {}}, and so is a JSON value that is not an object. */
    private static Map<String, @Nullable Object> arguments(byte[] body) {
        if (body.length == 0) {
            return new LinkedHashMap<>();
        }
        PythonJson.Parsed parsed = PythonJson.parse(body);
        JsonNode tree = parsed.tree();
        if (tree == null) {
            throw Json2Error.badRequest("could not parse the body as json: " + parsed.error());
        }
        if (!tree.isObject()) {
            return new LinkedHashMap<>();
        }
        @SuppressWarnings("unchecked")
        Map<String, @Nullable Object> map = (Map<String, @Nullable Object>) PythonJson.toJava(tree);
        return new LinkedHashMap<>(map);
    }

    private @Nullable Object call(BearerAuth.Caller caller, String modelName, String method,
            Map<String, @Nullable Object> kwargs) {
        Object ids = kwargs.remove("ids");
        Object context = kwargs.remove("context");
        ModelDef model = database.models().model(modelName);
        if (model == null) {
            throw Json2Error.notFound("the model '" + modelName + "' does not exist");
        }
        if (method.startsWith("_")) {
            throw OdooError.accessError("Private methods (such as '" + modelName + "." + method
                    + "') cannot be called remotely.");
        }
        MethodSignature signature = database.signature(modelName, method);
        if (signature == null) {
            throw Json2Error.notFound("The method '" + modelName + "." + method + "' does not exist");
        }
        List<Object> records = ids(ids);
        if (signature.modelLevel() && !records.isEmpty()) {
            throw Json2Error.unprocessable("cannot call " + modelName + "." + method + " with ids");
        }
        Map<String, @Nullable Object> bound;
        try {
            bound = signature.bind(kwargs);
        } catch (OdooError e) {
            throw Json2Error.unprocessable(e.message());
        }
        Object result = database.executeBound(caller.uid(), caller.apiKey(), modelName, method, records, bound,
                context);
        // JSON-2 turns the recordset create and copy return into its ids, even for a single record.
        return (method.equals("create") || method.equals("copy")) && result instanceof Long id ? List.of(id) : result;
    }

    private static List<Object> ids(@Nullable Object ids) {
        if (ids == null) {
            return new ArrayList<>();
        }
        if (ids instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        List<Object> one = new ArrayList<>();
        one.add(ids);
        return one;
    }
}
