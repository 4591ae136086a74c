package io.typedoo.error;

import org.jspecify.annotations.Nullable;

/**
 * The values break a constraint: {@code ValidationError}, such as a required field left empty.
 */
public class OdooValidationException extends OdooUserException {

    private static final long serialVersionUID = 1L;

    /** An error the server reported; the parameters are those of {@link OdooRemoteException}. */
    public OdooValidationException(String detail, @Nullable CallSite callSite, @Nullable String exceptionType,
            @Nullable String remoteTraceback) {
        super(detail, callSite, exceptionType, remoteTraceback);
    }
}
