package io.typedoo.error;

import org.jspecify.annotations.Nullable;

/**
 * A record the call needed does not exist (any more): {@code MissingError}. Note that Odoo's {@code read} and
 * {@code write} on deleted ids do not raise it; methods that read the record do.
 */
public class OdooMissingRecordException extends OdooUserException {

    private static final long serialVersionUID = 1L;

    /** An error the server reported; the parameters are those of {@link OdooRemoteException}. */
    public OdooMissingRecordException(String detail, @Nullable CallSite callSite, @Nullable String exceptionType,
            @Nullable String remoteTraceback) {
        super(detail, callSite, exceptionType, remoteTraceback);
    }
}
