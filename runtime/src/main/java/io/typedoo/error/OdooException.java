package io.typedoo.error;

import org.jspecify.annotations.Nullable;

/**
 * The root of every error typedoo raises. Unchecked, as all of typedoo's public API is.
 *
 * <p>Each message ends with the {@link CallSite} in brackets, naming the server, database, model and method the
 * call went to. No message and no {@code toString} ever contains the password or API key.
 */
public class OdooException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final @Nullable CallSite callSite;
    private final String detail;

    /** An error with the message {@code detail}, about the call to {@code callSite} (null when none). */
    public OdooException(String detail, @Nullable CallSite callSite) {
        this(detail, callSite, null);
    }

    /** An error with the message {@code detail} about the call to {@code callSite}, caused by {@code cause}. */
    public OdooException(String detail, @Nullable CallSite callSite, @Nullable Throwable cause) {
        super(format(detail, callSite), cause);
        this.detail = detail;
        this.callSite = callSite;
    }

    private static String format(String detail, @Nullable CallSite callSite) {
        return callSite == null ? detail : detail + " [" + callSite.describe() + "]";
    }

    /** The message without the call site. */
    public String detail() {
        return detail;
    }

    /** Where the call went, or null when the error did not come from a call. */
    public @Nullable CallSite callSite() {
        return callSite;
    }

    /** The model of the failed call, or null. */
    public @Nullable String model() {
        return callSite == null ? null : callSite.model();
    }

    /** The Odoo method of the failed call, or null. */
    public @Nullable String method() {
        return callSite == null ? null : callSite.method();
    }
}
