package io.typedoo.error;

import org.jspecify.annotations.Nullable;

/**
 * Where a failed call went: the server, the database, and when known the model and method.
 * Never holds a password or API key, so it is safe to log and to put into exception messages.
 *
 * @param serverUrl the server's base URL, such as {@code http://localhost:8069}
 * @param database the Odoo database name
 * @param model the Odoo model, or null for calls that have none ({@code common.version}, {@code authenticate})
 * @param method the Odoo method, such as {@code search_read} or {@code authenticate}
 */
public record CallSite(String serverUrl, String database, @Nullable String model, @Nullable String method) {

    /** A call site for a call on a model. */
    public static CallSite of(String serverUrl, String database, @Nullable String model, @Nullable String method) {
        return new CallSite(serverUrl, database, model, method);
    }

    /** The same site for another model and method. */
    public CallSite with(@Nullable String otherModel, @Nullable String otherMethod) {
        return new CallSite(serverUrl, database, otherModel, otherMethod);
    }

    /** {@code server http://host:8069, database demo, model res.partner, method search_read}. */
    public String describe() {
        StringBuilder sb = new StringBuilder("server ").append(serverUrl).append(", database ").append(database);
        if (model != null) {
            sb.append(", model ").append(model);
        }
        if (method != null) {
            sb.append(", method ").append(method);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
