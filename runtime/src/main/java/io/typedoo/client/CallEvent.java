package io.typedoo.client;

import org.jspecify.annotations.Nullable;

/**
 * One round trip on the wire, as reported to a {@link CallListener}.
 *
 * @param service {@code common} or {@code object}
 * @param model the Odoo model, or null for {@code common} calls
 * @param method the Odoo method, such as {@code search_read}
 * @param requestBytes bytes of the request body
 * @param responseBytes bytes of the response body (0 when none arrived)
 * @param nanos wall time of the round trip
 * @param error the exception the call ended with, or null
 */
public record CallEvent(String service, @Nullable String model, String method, long requestBytes,
        long responseBytes, long nanos, @Nullable RuntimeException error) {
}
