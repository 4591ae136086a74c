package io.typedoo.error;

import org.jspecify.annotations.Nullable;

/**
 * The server could not be reached: connection refused, unknown host, TLS failure, or the connection broke.
 */
public class OdooConnectionException extends OdooTransportException {

    private static final long serialVersionUID = 1L;

    /** The call to {@code callSite} failed: {@code detail} says how, {@code cause} is the underlying exception. */
    public OdooConnectionException(String detail, @Nullable CallSite callSite, @Nullable Throwable cause) {
        super(detail, callSite, cause);
    }
}
