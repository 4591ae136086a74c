package io.typedoo.testkit.wire;

import java.lang.System.Logger.Level;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one request did, logged at DEBUG just before the answer is sent (so the line exists once the client has its answer): path, service, method, model and model method,
 * status, outcome and time. Never the password or API key, which travel among the parameters.
 */
final class RequestLog {

    private static final System.Logger LOG = System.getLogger("io.typedoo.testkit.requests");

    private final String path;
    private final long startNanos = System.nanoTime();
    private String call = "";
    private String outcome = "ok";

    RequestLog(String path) {
        this.path = path;
    }

    /** Notes the call; for {@code object} calls, only the model and method are kept from the parameters. */
    void call(String service, String method, List<@Nullable Object> params) {
        if (service.equals("object") && params.size() > 4) {
            call = service + "." + method + " " + params.get(3) + "." + params.get(4);
        } else {
            call = service + "." + method;
        }
    }

    void error(RpcError error) {
        String message = error.odooMessage();
        int newline = message.indexOf('\n');
        outcome = error.pythonClass() + ": " + (newline < 0 ? message : message.substring(0, newline));
    }

    void error(String what) {
        outcome = what;
    }

    void answered(int status) {
        if (LOG.isLoggable(Level.DEBUG)) {
            long micros = (System.nanoTime() - startNanos) / 1_000;
            LOG.log(Level.DEBUG, "POST {0} {1} -> {2} {3} in {4} us", path, call, String.valueOf(status), outcome,
                    String.valueOf(micros));
        }
    }
}
