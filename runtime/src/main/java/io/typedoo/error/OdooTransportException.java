package io.typedoo.error;

import org.jspecify.annotations.Nullable;

/**
 * The call did not get an RPC answer: the server could not be reached, did not answer in time, answered with an
 * HTTP error, or answered with something that is not an RPC response. Whether the server ran the call is unknown.
 */
public class OdooTransportException extends OdooException {

    private static final long serialVersionUID = 1L;

    /** The call to {@code callSite} failed: {@code detail} says how, {@code cause} is the underlying exception. */
    public OdooTransportException(String detail, @Nullable CallSite callSite, @Nullable Throwable cause) {
        super(detail, callSite, cause);
    }
}
