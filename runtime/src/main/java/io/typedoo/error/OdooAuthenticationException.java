package io.typedoo.error;

import org.jspecify.annotations.Nullable;

/**
 * The login, password or API key was refused: {@code authenticate} answered {@code false}, or a call
 * faulted with {@code AccessDenied} (XML-RPC fault code 3). Retrying with the same credentials cannot help.
 */
public class OdooAuthenticationException extends OdooRemoteException {

    private static final long serialVersionUID = 1L;

    /** An error the server reported; the parameters are those of {@link OdooRemoteException}. */
    public OdooAuthenticationException(String detail, @Nullable CallSite callSite, @Nullable String exceptionType,
            @Nullable String remoteTraceback) {
        super(detail, callSite, exceptionType, remoteTraceback);
    }
}
