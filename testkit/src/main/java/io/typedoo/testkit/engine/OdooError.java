package io.typedoo.testkit.engine;

import java.util.Objects;

/**
 * What Odoo would raise for a call: the kind (which decides the fault code on the wire), the qualified Python
 * exception class and the exact message Odoo sends.
 */
public final class OdooError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The families of errors Odoo's RPC layer tells apart. */
    public enum Kind {
        /** {@code odoo.exceptions.UserError} (also "Object x doesn't exist"). */
        USER_ERROR,
        /** {@code odoo.exceptions.MissingError}. */
        MISSING_ERROR,
        /** {@code odoo.exceptions.ValidationError}. */
        VALIDATION_ERROR,
        /** {@code odoo.exceptions.AccessError}: ACLs, record rules and private methods. */
        ACCESS_ERROR,
        /** {@code odoo.exceptions.AccessDenied}: a wrong password or API key. */
        ACCESS_DENIED,
        /** Any other exception (ValueError, AttributeError, TypeError, database errors): a traceback on the wire. */
        SERVER_ERROR
    }

    private final Kind kind;
    private final String pythonClass;
    private final String message;

    /**
     * Creates an error.
     *
     * @param kind the family
     * @param pythonClass the qualified Python class, such as {@code "builtins.ValueError"}
     * @param message the message exactly as Odoo words it
     */
    public OdooError(Kind kind, String pythonClass, String message) {
        super(pythonClass + ": " + message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.pythonClass = Objects.requireNonNull(pythonClass, "pythonClass");
        this.message = Objects.requireNonNull(message, "message");
    }

    /** A {@code UserError} with the given message. */
    public static OdooError userError(String message) {
        return new OdooError(Kind.USER_ERROR, "odoo.exceptions.UserError", message);
    }

    /** A {@code MissingError} with the given message. */
    public static OdooError missing(String message) {
        return new OdooError(Kind.MISSING_ERROR, "odoo.exceptions.MissingError", message);
    }

    /** A {@code ValidationError} with the given message. */
    public static OdooError validation(String message) {
        return new OdooError(Kind.VALIDATION_ERROR, "odoo.exceptions.ValidationError", message);
    }

    /** An {@code AccessError} with the given message. */
    public static OdooError accessError(String message) {
        return new OdooError(Kind.ACCESS_ERROR, "odoo.exceptions.AccessError", message);
    }

    /** The {@code AccessDenied} Odoo raises for a wrong password or API key. */
    public static OdooError accessDenied() {
        return new OdooError(Kind.ACCESS_DENIED, "odoo.exceptions.AccessDenied", "Access Denied");
    }

    /** A {@code builtins.ValueError}, as raised for invalid domains and arguments. */
    public static OdooError valueError(String message) {
        return new OdooError(Kind.SERVER_ERROR, "builtins.ValueError", message);
    }

    /** A {@code builtins.TypeError}, as raised for wrong arguments to a method. */
    public static OdooError typeError(String message) {
        return new OdooError(Kind.SERVER_ERROR, "builtins.TypeError", message);
    }

    /** A server error of any Python class. */
    public static OdooError server(String pythonClass, String message) {
        return new OdooError(Kind.SERVER_ERROR, pythonClass, message);
    }

    /** The family of this error. */
    public Kind kind() {
        return kind;
    }

    /** The qualified Python exception class, such as {@code "odoo.exceptions.MissingError"}. */
    public String pythonClass() {
        return pythonClass;
    }

    /** The message exactly as Odoo sends it. */
    public String message() {
        return message;
    }
}
