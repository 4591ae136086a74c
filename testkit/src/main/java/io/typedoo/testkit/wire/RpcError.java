package io.typedoo.testkit.wire;

import io.typedoo.testkit.engine.OdooError;
import io.typedoo.testkit.engine.PythonText;

/**
 * An error as Odoo reports it on the wire: what kind it is (which decides the XML-RPC fault code), the qualified
 * Python exception class (JSON-RPC's {@code error.data.name}), the message, and the text of a Python traceback.
 *
 * <p>Errors raised by the wire layer itself (an unknown service, a malformed call) carry the built-in Python
 * exception Odoo raises in the same situation, such as {@code builtins.KeyError} or {@code builtins.TypeError}.
 */
final class RpcError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final OdooError.Kind kind;
    private final String pythonClass;
    private final String odooMessage;
    private final String where;

    RpcError(OdooError.Kind kind, String pythonClass, String message, String where) {
        super(pythonClass + ": " + message, null, false, false);
        this.kind = kind;
        this.pythonClass = pythonClass;
        this.odooMessage = message;
        this.where = where;
    }

    /** An error raised by the engine, seen from the RPC method {@code where} (such as {@code execute_kw}). */
    static RpcError of(OdooError error, String where) {
        return new RpcError(error.kind(), error.pythonClass(), error.message(), where);
    }

    /** A generic server error (XML-RPC fault 1) with a Python built-in or library exception class. */
    static RpcError server(String pythonClass, String message, String where) {
        return new RpcError(OdooError.Kind.SERVER_ERROR, pythonClass, message, where);
    }

    OdooError.Kind kind() {
        return kind;
    }

    String pythonClass() {
        return pythonClass;
    }

    /** The message as Odoo puts it in a fault string or in {@code error.data.message}. */
    String odooMessage() {
        return odooMessage;
    }

    /** A traceback in Python's format, ending with {@code ExceptionType: message} as Odoo's do. */
    String traceback() {
        return PythonText.traceback(pythonClass, odooMessage, where);
    }

    /** The fault code of {@code /xmlrpc/2}: 1 server error, 2 user error, 3 access denied, 4 access error. */
    int faultCode() {
        return switch (kind) {
            case USER_ERROR, MISSING_ERROR, VALIDATION_ERROR -> 2;
            case ACCESS_DENIED -> 3;
            case ACCESS_ERROR -> 4;
            case SERVER_ERROR -> 1;
        };
    }
}
