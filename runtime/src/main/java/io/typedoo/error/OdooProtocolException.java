package io.typedoo.error;

import org.jspecify.annotations.Nullable;

/**
 * The server answered with something that is not a valid RPC response: an HTML page, malformed XML or JSON,
 * a forbidden construct (a DOCTYPE, a serialized Java object), or a response larger than the configured limit.
 */
public class OdooProtocolException extends OdooTransportException {

    private static final long serialVersionUID = 1L;

    /** The call to {@code callSite} failed: {@code detail} says how, {@code cause} is the underlying exception. */
    public OdooProtocolException(String detail, @Nullable CallSite callSite, @Nullable Throwable cause) {
        super(detail, callSite, cause);
    }
}
