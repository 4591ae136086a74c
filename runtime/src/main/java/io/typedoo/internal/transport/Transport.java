package io.typedoo.internal.transport;

import io.typedoo.error.CallSite;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One way of sending Odoo's external-API calls: XML-RPC ({@code /xmlrpc/2/<service>}) or JSON-RPC
 * ({@code /jsonrpc}). Implementations are thread-safe.
 *
 * <p>Values cross this interface in one normalised form, whatever the wire: {@code Boolean}, {@code Long} (every
 * integer), {@code Double}, {@code String}, {@code List<Object>}, {@code Map<String, Object>} (insertion-ordered),
 * and {@code null} only where the wire had none (a JSON {@code null}). Arguments may hold anything
 * {@link io.typedoo.value.WireConversions#toWire} accepts ({@code Integer}, {@code LocalDate}, {@code Domain},
 * {@code byte[]}, {@code null} sent as {@code false}, ...).
 * Errors are thrown as the {@link io.typedoo.error.OdooException} subclasses, naming {@code site}.
 */
public interface Transport extends AutoCloseable {

    /**
     * Calls {@code method} of the Odoo {@code service} ({@code common} or {@code object}).
     *
     * @param site where the call goes, for error messages
     * @param bytes told the request and response body sizes
     * @return the decoded result
     */
    @Nullable Object call(CallSite site, String service, String method, List<?> args, ByteCounter bytes);

    /** {@link #call(CallSite, String, String, List, ByteCounter)} without counting bytes. */
    default @Nullable Object call(CallSite site, String service, String method, List<?> args) {
        return call(site, service, method, args, new ByteCounter());
    }

    /** Releases connections; the transport must not be used afterwards. */
    @Override
    default void close() {
    }
}
