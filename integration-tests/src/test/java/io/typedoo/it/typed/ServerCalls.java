package io.typedoo.it.typed;

import java.text.MessageFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The calls the testkit server answered while open, read from its request log ({@code io.typedoo.testkit.requests},
 * DEBUG): where {@code requestCount()} says how many requests reached the server, this says which, in order, and
 * which failed, so that a test can show that a refused call was made once and not again.
 *
 * <pre>{@code
 * try (ServerCalls calls = ServerCalls.record()) {
 *     ...
 *     assertEquals(List.of("common.authenticate", "todo.task.web_search_read"), calls.list());
 * }
 * }</pre>
 */
final class ServerCalls implements AutoCloseable {

    private static final Logger REQUESTS = Logger.getLogger("io.typedoo.testkit.requests");

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final Level before = REQUESTS.getLevel();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            calls.add(call(MessageFormat.format(record.getMessage(), record.getParameters())));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private ServerCalls() {
        REQUESTS.setLevel(Level.FINE);
        REQUESTS.addHandler(handler);
    }

    /** Records the calls every testkit server in this JVM answers from now until {@link #close()}. */
    static ServerCalls record() {
        return new ServerCalls();
    }

    /**
     * The calls so far: {@code common.authenticate}, a model method as {@code todo.task.search_read}, a failed one
     * followed by its Python exception ({@code todo.task.web_search_read ! builtins.TypeError}).
     */
    List<String> list() {
        return List.copyOf(calls);
    }

    /** Forgets the calls so far. */
    void clear() {
        calls.clear();
    }

    /** {@code POST <path> <call> -> <status> <outcome> in <n> us}, shortened as {@link #list()} says. */
    private static String call(String line) {
        int arrow = line.indexOf(" -> ");
        String call = line.substring(line.indexOf(' ', "POST ".length()) + 1, arrow);
        if (call.startsWith("object.execute_kw ")) {
            call = call.substring("object.execute_kw ".length());
        }
        String outcome = line.substring(line.indexOf(' ', arrow + 4) + 1, line.lastIndexOf(" in "));
        int colon = outcome.indexOf(':');
        return outcome.equals("ok") ? call : call + " ! " + (colon < 0 ? outcome : outcome.substring(0, colon));
    }

    @Override
    public void close() {
        REQUESTS.removeHandler(handler);
        REQUESTS.setLevel(before);
    }
}
