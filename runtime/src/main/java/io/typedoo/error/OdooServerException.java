package io.typedoo.error;

import org.jspecify.annotations.Nullable;

/**
 * The server failed the call with an unexpected error (XML-RPC fault code 1, or a JSON-RPC error that is not
 * one of Odoo's own exceptions). {@link #remoteTraceback()} holds the Python traceback.
 */
public class OdooServerException extends OdooRemoteException {

    private static final long serialVersionUID = 1L;

    /** An error the server reported; the parameters are those of {@link OdooRemoteException}. */
    public OdooServerException(String detail, @Nullable CallSite callSite, @Nullable String exceptionType,
            @Nullable String remoteTraceback) {
        super(detail, callSite, exceptionType, remoteTraceback);
    }
}
