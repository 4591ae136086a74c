package io.typedoo.error;

import org.jspecify.annotations.Nullable;

/**
 * The server did not answer within the configured timeout. The call may still run on the server.
 */
public class OdooTimeoutException extends OdooTransportException {

    private static final long serialVersionUID = 1L;

    /** The call to {@code callSite} failed: {@code detail} says how, {@code cause} is the underlying exception. */
    public OdooTimeoutException(String detail, @Nullable CallSite callSite, @Nullable Throwable cause) {
        super(detail, callSite, cause);
    }
}
