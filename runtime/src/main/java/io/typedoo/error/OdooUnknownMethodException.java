package io.typedoo.error;

import org.jspecify.annotations.Nullable;

/**
 * The model has no public method of that name ({@code AttributeError}). Since Odoo 17, {@code name_get} and
 * {@code fields_get_keys} are gone: read {@code display_name} and use {@code fields_get} instead.
 */
public class OdooUnknownMethodException extends OdooServerException {

    private static final long serialVersionUID = 1L;

    /** An error the server reported; the parameters are those of {@link OdooRemoteException}. */
    public OdooUnknownMethodException(String detail, @Nullable CallSite callSite, @Nullable String exceptionType,
            @Nullable String remoteTraceback) {
        super(detail, callSite, exceptionType, remoteTraceback);
    }
}
