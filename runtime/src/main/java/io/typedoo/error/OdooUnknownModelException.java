package io.typedoo.error;

import org.jspecify.annotations.Nullable;

/**
 * The model does not exist on the server (or its module is not installed): {@code Object x doesn't exist}.
 */
public class OdooUnknownModelException extends OdooUserException {

    private static final long serialVersionUID = 1L;

    /** An error the server reported; the parameters are those of {@link OdooRemoteException}. */
    public OdooUnknownModelException(String detail, @Nullable CallSite callSite, @Nullable String exceptionType,
            @Nullable String remoteTraceback) {
        super(detail, callSite, exceptionType, remoteTraceback);
    }
}
