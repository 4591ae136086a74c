package io.typedoo.internal.transport;

import io.typedoo.error.CallSite;
import io.typedoo.error.OdooAccessException;
import io.typedoo.error.OdooAuthenticationException;
import io.typedoo.error.OdooException;
import io.typedoo.error.OdooHttpStatusException;
import io.typedoo.error.OdooInvalidRequestException;
import io.typedoo.error.OdooMissingRecordException;
import io.typedoo.error.OdooNoneResultException;
import io.typedoo.error.OdooProtocolException;
import io.typedoo.error.OdooRemoteException;
import io.typedoo.error.OdooServerException;
import io.typedoo.error.OdooUnknownMethodException;
import io.typedoo.error.OdooUnknownModelException;
import io.typedoo.error.OdooUserException;
import io.typedoo.error.OdooValidationException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns what Odoo sends for a failed call into the exception hierarchy of {@code io.typedoo.error}, the same way
 * for both transports: the Python exception type decides, wherever the server puts it (a JSON-RPC
 * {@code error.data.name}, the last line of an XML-RPC fault 1 traceback, the kind in a legacy
 * {@code "warning -- Kind"} fault code, or the fault code 2-4 itself).
 */
final class RemoteErrors {

    private static final String EXCEPTIONS = "odoo.exceptions.";
    private static final String WERKZEUG = "werkzeug.exceptions.";
    private static final Pattern JSON2_UNKNOWN_MODEL = Pattern.compile("^the model '[^']*' does not exist");
    private static final Pattern JSON2_UNKNOWN_METHOD = Pattern.compile("^The method '[^']*' does not exist");
    /** The exception line of a Python traceback: {@code psycopg2.errors.NumericValueOutOfRange: value ...}. */
    private static final Pattern EXCEPTION_LINE = Pattern.compile("^([A-Za-z_][\\w.]*)(?::\\s?(.*))?$");
    private static final Pattern UNKNOWN_MODEL = Pattern.compile("^Object \\S+ doesn't exist");
    private static final Pattern LEGACY_WARNING = Pattern.compile("^warning -- (\\w+)\\n\\n(.*)$", Pattern.DOTALL);

    private RemoteErrors() {
    }

    /**
     * An XML-RPC fault. On {@code /xmlrpc/2} the code is 1 (a traceback), 2 (UserError family, bare message),
     * 3 (AccessDenied) or 4 (AccessError). On the legacy {@code /xmlrpc/<service>} it is a string.
     */
    static OdooRemoteException fromXmlRpcFault(@Nullable Object code, String rawFaultString, CallSite site,
            Redactor redactor) {
        String faultString = redactor.clean(rawFaultString, Redactor.MAX_TRACEBACK_CHARS);
        if (code instanceof Long n) {
            return switch (n.intValue()) {
                case 1 -> fromTraceback(faultString, null, site);
                case 2 -> byType(userErrorType(faultString), faultString, null, site);
                case 3 -> byType(EXCEPTIONS + "AccessDenied", faultString, null, site);
                case 4 -> byType(EXCEPTIONS + "AccessError", faultString, null, site);
                default -> new OdooServerException("Fault " + n + ": " + Redactor.none().message(faultString), site,
                        null, nullIfBlank(faultString));
            };
        }
        String text = code == null ? "" : redactor.clean(String.valueOf(code), Redactor.MAX_TRACEBACK_CHARS);
        Matcher warning = LEGACY_WARNING.matcher(text);
        if (warning.matches()) {
            return byType(EXCEPTIONS + warning.group(1), warning.group(2), null, site);
        }
        if (text.equals("AccessDenied")) {
            return byType(EXCEPTIONS + "AccessDenied", faultString.isBlank() ? "Access Denied" : faultString, null,
                    site);
        }
        // Legacy server error: the code is the exception's message, the string its traceback.
        return fromTraceback(faultString, text.isBlank() ? null : text, site);
    }

    /** A JSON-RPC {@code error} member: {@code {code, message, data: {name, message, debug, ...}}}. */
    static OdooRemoteException fromJsonRpcError(Map<?, ?> error, CallSite site, Redactor redactor) {
        String topMessage = error.get("message") instanceof String s ? redactor.message(s) : "Odoo Server Error";
        if (!(error.get("data") instanceof Map<?, ?> data)) {
            return new OdooServerException(topMessage, site, null, null);
        }
        String type = data.get("name") instanceof String s ? redactor.message(s) : null;
        String message = data.get("message") instanceof String s && !s.isBlank() ? redactor.message(s) : topMessage;
        String debug = data.get("debug") instanceof String s && !s.isBlank()
                ? redactor.clean(s, Redactor.MAX_TRACEBACK_CHARS) : null;
        if (type == null) {
            return new OdooServerException(message, site, null, debug);
        }
        return byType(type, message, debug, site);
    }

    /**
     * A JSON-2 answer with a status other than 200: the Python exception's {@code name} decides for Odoo's own
     * errors, the status for Werkzeug's (401 authentication, 404 unknown model or method, 400/422 arguments the
     * method cannot bind); an HTML answer (415, or 404 when the database is unknown) is a protocol error.
     *
     * @param error the JSON error body {@code {name, message, arguments, context, debug}}, or null when not JSON
     * @param snippet the start of the body, already without secrets
     * @param redactor hides the client's secrets in the texts taken from {@code error}
     */
    static OdooException fromJson2(int status, @Nullable Map<?, ?> error, String snippet, @Nullable String database,
            CallSite site, Redactor redactor) {
        if (error == null) {
            return switch (status) {
                case 401 -> new OdooAuthenticationException("The server refused the API key (HTTP 401)", site,
                        null, null);
                case 404 -> new OdooProtocolException("No database " + (database == null ? "was selected"
                        : "named '" + database + "' exists") + " on this server, or it has no JSON-2 API"
                        + " (HTTP 404: " + snippet + ")", site, null);
                case 415 -> new OdooProtocolException("The server refused the request as not JSON (HTTP 415: "
                        + snippet + ")", site, null);
                default -> new OdooHttpStatusException(status, snippet, site);
            };
        }
        String type = error.get("name") instanceof String s ? redactor.message(s) : null;
        String message = error.get("message") instanceof String s && !s.isBlank() ? redactor.message(s)
                : "HTTP " + status;
        String debug = error.get("debug") instanceof String s && !s.isBlank()
                ? redactor.clean(s, Redactor.MAX_TRACEBACK_CHARS) : null;
        if (type != null && !type.startsWith(WERKZEUG)) {
            return byType(type, message, debug, site);
        }
        return switch (status) {
            case 401 -> new OdooAuthenticationException("The server refused the API key: " + message, site, type,
                    debug);
            case 403 -> new OdooAccessException(message, site, type, debug);
            case 404 -> {
                if (JSON2_UNKNOWN_MODEL.matcher(message).find()) {
                    yield new OdooUnknownModelException(message, site, type, debug);
                }
                if (JSON2_UNKNOWN_METHOD.matcher(message).find()) {
                    yield new OdooUnknownMethodException(message, site, type, debug);
                }
                yield new OdooProtocolException("The server has no JSON-2 API at this address (HTTP 404: " + message
                        + "); JSON-2 needs Odoo 19 or later", site, null);
            }
            case 400, 422 -> new OdooInvalidRequestException(message, site, type, debug);
            default -> new OdooServerException(message, site, type, debug);
        };
    }

    /** A fault whose text is a Python traceback ending with {@code Type: message}. */
    private static OdooRemoteException fromTraceback(String traceback, @Nullable String knownMessage,
            CallSite site) {
        String[] lines = traceback.split("\n", -1);
        int lastFrame = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("  File ")) {
                lastFrame = i;
            }
        }
        for (int i = lastFrame + 1; i < lines.length; i++) {
            if (lines[i].isEmpty() || Character.isWhitespace(lines[i].charAt(0))) {
                continue;
            }
            Matcher m = EXCEPTION_LINE.matcher(lines[i]);
            if (m.matches() && (lastFrame >= 0 || i == 0 || traceback.startsWith("Traceback"))) {
                StringBuilder message = new StringBuilder(m.group(2) == null ? "" : m.group(2));
                for (int j = i + 1; j < lines.length; j++) {
                    message.append('\n').append(lines[j]);
                }
                String text = knownMessage != null ? knownMessage : message.toString().strip();
                return byType(m.group(1), text.isEmpty() ? m.group(1) : text, nullIfBlank(traceback), site);
            }
        }
        String text = knownMessage != null ? knownMessage : lastLine(traceback);
        return new OdooServerException(Redactor.none().message(text), site, null, nullIfBlank(traceback));
    }

    /** Picks the exception for a Python exception type, such as {@code odoo.exceptions.MissingError}. */
    static OdooRemoteException byType(String pythonType, String fullMessage, @Nullable String traceback,
            CallSite site) {
        String type = qualified(pythonType);
        // The whole text stays in the traceback; a message is one readable paragraph at most.
        String message = Redactor.none().message(fullMessage);
        String simple = type.substring(type.lastIndexOf('.') + 1);
        switch (simple) {
            case "AccessDenied", "SessionExpiredException":
                return new OdooAuthenticationException(message, site, type, traceback);
            case "AccessError":
                return new OdooAccessException(message, site, type, traceback);
            case "MissingError":
                return new OdooMissingRecordException(message, site, type, traceback);
            case "ValidationError":
                return new OdooValidationException(message, site, type, traceback);
            case "UserError", "RedirectWarning", "Warning", "except_orm":
                return UNKNOWN_MODEL.matcher(message).find()
                        ? new OdooUnknownModelException(message, site, type, traceback)
                        : new OdooUserException(message, site, type, traceback);
            case "AttributeError":
                return message.contains("does not exist")
                        ? new OdooUnknownMethodException(message, site, type, traceback)
                        : new OdooServerException(message, site, type, traceback);
            case "TypeError":
                return message.contains("cannot marshal None")
                        ? new OdooNoneResultException(site, traceback)
                        : new OdooServerException(message, site, type, traceback);
            case "ValueError":
                return new OdooInvalidRequestException(message, site, type, traceback);
            default:
                if (type.startsWith("psycopg2")) {
                    return new OdooInvalidRequestException(message, site, type, traceback);
                }
                if (message.startsWith("Method not found")) {
                    return new OdooUnknownMethodException(message, site, type, traceback);
                }
                return new OdooServerException(message, site, type, traceback);
        }
    }

    /**
     * Fault code 2 carries only the message, so the UserError subclass is recognised by Odoo's wording
     * (Odoo 18's texts; anything else stays a plain UserError).
     */
    private static String userErrorType(String message) {
        if (message.startsWith("Record does not exist or has been deleted")) {
            return EXCEPTIONS + "MissingError";
        }
        if (message.startsWith("The operation cannot be completed")) {
            return EXCEPTIONS + "ValidationError";
        }
        return EXCEPTIONS + "UserError";
    }

    /**
     * The exception type in one form whatever the protocol: Python's {@code module.Class}, as JSON-RPC and JSON-2
     * send it. A traceback's last line names the built-in exceptions without their module ({@code ValueError}), so
     * those get {@code builtins.}.
     */
    static String qualified(String pythonType) {
        return pythonType.indexOf('.') >= 0 ? pythonType : "builtins." + pythonType;
    }

    private static String lastLine(String text) {
        String stripped = text.strip();
        int newline = stripped.lastIndexOf('\n');
        String line = newline < 0 ? stripped : stripped.substring(newline + 1).strip();
        return line.isEmpty() ? "The server failed the call without a message" : line;
    }

    private static @Nullable String nullIfBlank(String s) {
        return s.isBlank() ? null : s;
    }
}
