package io.typedoo.testkit.wire;

import io.typedoo.testkit.engine.OdooError;
import io.typedoo.testkit.engine.PythonText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error as Odoo 19's JSON-2 (and its bearer routes) answers it: an HTTP status and the JSON body
 * {@code {"name", "message", "arguments", "context", "debug"}}, without {@code X-Content-Type-Options}. Werkzeug's
 * HTTP errors ({@code werkzeug.exceptions.NotFound} ...) have {@code [message, status]} as arguments and a
 * traceback ending {@code 404 Not Found: message}; Odoo's and Python's exceptions have {@code [message]}.
 */
final class Json2Error extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String pythonClass;
    private final String odooMessage;
    private final boolean werkzeug;

    private Json2Error(int status, String pythonClass, String message, boolean werkzeug) {
        super(pythonClass + ": " + message, null, false, false);
        this.status = status;
        this.pythonClass = pythonClass;
        this.odooMessage = message;
        this.werkzeug = werkzeug;
    }

    static Json2Error badRequest(String message) {
        return new Json2Error(400, "werkzeug.exceptions.BadRequest", message, true);
    }

    static Json2Error unauthorized(String message) {
        return new Json2Error(401, "werkzeug.exceptions.Unauthorized", message, true);
    }

    static Json2Error notFound(String message) {
        return new Json2Error(404, "werkzeug.exceptions.NotFound", message, true);
    }

    static Json2Error unprocessable(String message) {
        return new Json2Error(422, "werkzeug.exceptions.UnprocessableEntity", message, true);
    }

    /** What the engine raised, with the status Odoo 19 gives its class. */
    static Json2Error of(OdooError error) {
        int status = switch (error.kind()) {
            case USER_ERROR, VALIDATION_ERROR -> 422;
            case MISSING_ERROR -> 404;
            case ACCESS_ERROR, ACCESS_DENIED -> 403;
            case SERVER_ERROR -> 500;
        };
        return new Json2Error(status, error.pythonClass(), error.message(), false);
    }

    /** What the wire layer raised (a value JSON cannot hold...): a server error. */
    static Json2Error of(RpcError error) {
        return new Json2Error(500, error.pythonClass(), error.odooMessage(), false);
    }

    int status() {
        return status;
    }

    String pythonClass() {
        return pythonClass;
    }

    String odooMessage() {
        return odooMessage;
    }

    /** The answer: the JSON body, plus {@code WWW-Authenticate: Bearer } on a 401 as Odoo sends it. */
    HttpAnswer answer(String where) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", pythonClass);
        body.put("message", odooMessage);
        List<Object> arguments = new ArrayList<>();
        arguments.add(odooMessage);
        if (werkzeug) {
            arguments.add((long) status);
        }
        body.put("arguments", arguments);
        body.put("context", Map.of());
        String shown = werkzeug ? status + " " + reason(status) + ": " + odooMessage : odooMessage;
        body.put("debug", PythonText.traceback(pythonClass, shown, where));
        HttpAnswer answer = new HttpAnswer(status, HttpAnswer.JSON, Map.of(), PythonJson.write(body), false);
        return status == 401 ? answer.withHeader("WWW-Authenticate", "Bearer ") : answer;
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 422 -> "Unprocessable Entity";
            default -> "Error";
        };
    }
}
