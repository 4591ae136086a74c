package io.typedoo.internal.transport;

import io.typedoo.error.CallSite;
import io.typedoo.value.WireConversions;
import java.util.List;

/**
 * What both transports prepare alike before they post: the server's base URL and the call's arguments in wire
 * form, so that a bad argument reads the same over XML-RPC and JSON-RPC.
 */
final class RequestParts {

    private RequestParts() {
    }

    /** The server URL of {@code config} without a trailing slash, ready for a path such as {@code /jsonrpc}. */
    static String baseUrl(TransportConfig config) {
        String url = config.serverUrl().toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * The arguments as {@link WireConversions#toWire} writes them.
     *
     * @throws IllegalArgumentException for a value that has no wire form, ending with the call site
     */
    static List<?> wireArguments(List<?> args, CallSite site) {
        try {
            return (List<?>) WireConversions.toWire(args);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " [" + site.describe() + "]", e);
        }
    }
}
