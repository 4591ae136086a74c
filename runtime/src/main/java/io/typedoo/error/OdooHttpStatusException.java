package io.typedoo.error;

import org.jspecify.annotations.Nullable;

/**
 * The server answered with an HTTP status other than 200 (Odoo sends 200 for every RPC error, so this usually means
 * a proxy, a wrong URL, or malformed JSON: HTTP 400).
 */
public class OdooHttpStatusException extends OdooTransportException {

    private static final long serialVersionUID = 1L;

    private final int status;

    /** The server answered {@code status}; {@code detail} is the start of its body. */
    public OdooHttpStatusException(int status, String detail, @Nullable CallSite callSite) {
        super("HTTP " + status + ": " + detail, callSite, null);
        this.status = status;
    }

    /** The HTTP status code. */
    public int status() {
        return status;
    }
}
