package io.typedoo.error;

import org.jspecify.annotations.Nullable;

/**
 * The server refused the call with a message meant for a user: a {@code UserError} (XML-RPC fault code 2).
 */
public class OdooUserException extends OdooRemoteException {

    private static final long serialVersionUID = 1L;

    /** An error the server reported; the parameters are those of {@link OdooRemoteException}. */
    public OdooUserException(String detail, @Nullable CallSite callSite, @Nullable String exceptionType,
            @Nullable String remoteTraceback) {
        super(detail, callSite, exceptionType, remoteTraceback);
    }
}
