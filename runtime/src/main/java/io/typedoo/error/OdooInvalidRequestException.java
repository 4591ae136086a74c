package io.typedoo.error;

import org.jspecify.annotations.Nullable;

/**
 * The server could not interpret the call's arguments, such as a domain naming an unknown field or operator
 * ({@code ValueError}), or a value the database cannot store.
 */
public class OdooInvalidRequestException extends OdooServerException {

    private static final long serialVersionUID = 1L;

    /** An error the server reported; the parameters are those of {@link OdooRemoteException}. */
    public OdooInvalidRequestException(String detail, @Nullable CallSite callSite, @Nullable String exceptionType,
            @Nullable String remoteTraceback) {
        super(detail, callSite, exceptionType, remoteTraceback);
    }
}
