package io.typedoo.error;

import org.jspecify.annotations.Nullable;

/**
 * The user may not do this: an {@code AccessError} (XML-RPC fault code 4), from access rights, record rules,
 * or a call of a private {@code _method}.
 */
public class OdooAccessException extends OdooRemoteException {

    private static final long serialVersionUID = 1L;

    /** An error the server reported; the parameters are those of {@link OdooRemoteException}. */
    public OdooAccessException(String detail, @Nullable CallSite callSite, @Nullable String exceptionType,
            @Nullable String remoteTraceback) {
        super(detail, callSite, exceptionType, remoteTraceback);
    }
}
