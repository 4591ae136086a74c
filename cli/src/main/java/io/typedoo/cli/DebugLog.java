package io.typedoo.cli;

import java.io.PrintWriter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * With {@code --debug}: routes typedoo's {@link System.Logger} output (the client's calls, stack traces of
 * failures) at every level to the command's stderr, for the duration of one command.
 */
final class DebugLog implements AutoCloseable {

    private static final String ROOT_LOGGER = "io.typedoo";

    private final Logger logger;
    private final Handler handler;
    private final Level previousLevel;
    private final boolean previousUseParent;

    private DebugLog(PrintWriter err) {
        // The JDK's default System.Logger backend is java.util.logging; configure it, not a logging framework.
        logger = Logger.getLogger(ROOT_LOGGER);
        previousLevel = logger.getLevel();
        previousUseParent = logger.getUseParentHandlers();
        Formatter format = new SimpleFormatter();
        handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (isLoggable(record)) {
                    err.print(format.format(record));
                    err.flush();
                }
            }

            @Override
            public void flush() {
                err.flush();
            }

            @Override
            public void close() {
                err.flush();
            }
        };
        handler.setLevel(Level.ALL);
        logger.addHandler(handler);
        logger.setLevel(Level.ALL);
        logger.setUseParentHandlers(false);
    }

    /** Starts routing; {@link #close()} restores the previous configuration. */
    static DebugLog start(PrintWriter err) {
        return new DebugLog(err);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setLevel(previousLevel);
        logger.setUseParentHandlers(previousUseParent);
    }
}
