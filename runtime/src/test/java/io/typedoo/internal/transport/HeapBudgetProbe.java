package io.typedoo.internal.transport;

import io.typedoo.error.CallSite;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Run in a JVM with a small heap by {@link HeapBudgetTest}: makes one call to the server at {@code args[0]} over
 * {@code args[1]} (XMLRPC, JSONRPC or JSON2) with a response limit of {@code args[2]} bytes, and prints what came of it:
 * {@code RESULT}, the exception's class and message, or {@code OUT_OF_MEMORY}.
 */
public final class HeapBudgetProbe {

    private HeapBudgetProbe() {
    }

    public static void main(String[] args) {
        TransportConfig config = new TransportConfig(URI.create(args[0]), Duration.ofSeconds(10),
                Duration.ofSeconds(60), Long.parseLong(args[2]));
        CallSite site = CallSite.of(args[0], "demo", "res.partner", "read");
        try {
            Object result;
            if (args[1].equals("JSON2")) {
                try (Json2Transport transport = new Json2Transport(config, "demo", "key")) {
                    result = transport.call(site, "res.partner", "read", Map.of(), new ByteCounter());
                }
            } else {
                try (Transport transport = args[1].equals("XMLRPC")
                        ? new XmlRpcTransport(config)
                        : new JsonRpcTransport(config)) {
                    result = transport.call(site, "object", "execute_kw", List.of(), new ByteCounter());
                }
            }
            System.out.println("RESULT " + (result instanceof List<?> list ? list.size() : 1));
        } catch (OutOfMemoryError e) {
            System.out.println("OUT_OF_MEMORY");
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
