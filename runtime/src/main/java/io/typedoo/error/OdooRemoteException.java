package io.typedoo.error;

import org.jspecify.annotations.Nullable;

/**
 * The server answered the call with an error (an XML-RPC fault or a JSON-RPC {@code error} member).
 * The connection worked; the server refused or failed the call.
 */
public class OdooRemoteException extends OdooException {

    private static final long serialVersionUID = 1L;

    private final @Nullable String exceptionType;
    private final @Nullable String remoteTraceback;

    /**
     * @param detail the server's message
     * @param exceptionType the Python exception Odoo named, such as {@code odoo.exceptions.AccessError} or
     *     {@code ValueError}, when known
     * @param remoteTraceback the Python traceback the server sent, when it sent one
     */
    public OdooRemoteException(String detail, @Nullable CallSite callSite, @Nullable String exceptionType,
            @Nullable String remoteTraceback) {
        super(detail, callSite);
        this.exceptionType = exceptionType;
        this.remoteTraceback = remoteTraceback;
    }

    /** The Python exception type the server named, such as {@code odoo.exceptions.MissingError}, or null. */
    public @Nullable String exceptionType() {
        return exceptionType;
    }

    /** The Python traceback the server sent, or null (Odoo sends none for user, access and auth errors). */
    public @Nullable String remoteTraceback() {
        return remoteTraceback;
    }
}
