package io.typedoo.cli.output;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A one-line "still working" note on stderr for a single long call whose progress the server does not report,
 * such as installing a module: {@code Installing contacts… 12 s}, redrawn every second. Like {@link ProgressBar}
 * it draws only when stderr is a terminal, and clears its line when done.
 */
public final class Elapsed implements AutoCloseable {

    private final PrintWriter err;
    private final String label;
    private final long started = System.nanoTime();
    private final @Nullable ScheduledExecutorService ticker;
    private int width;

    private Elapsed(PrintWriter err, String label, boolean terminal) {
        this.err = err;
        this.label = label;
        if (terminal) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "typedoo-elapsed");
                thread.setDaemon(true);
                return thread;
            });
            ticker.scheduleAtFixedRate(this::draw, 0, 1, TimeUnit.SECONDS);
        } else {
            ticker = null;
        }
    }

    /**
     * Starts the note.
     *
     * @param terminal true when stderr is a terminal; otherwise nothing is drawn
     */
    public static Elapsed start(PrintWriter err, boolean terminal, String label) {
        return new Elapsed(err, label, terminal);
    }

    private synchronized void draw() {
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        String line = label + "\u2026 " + seconds + " s";
        width = Math.max(width, line.length());
        err.print("\r" + line);
        err.flush();
    }

    /** Stops and clears the line. */
    @Override
    public void close() {
        ScheduledExecutorService running = ticker;
        if (running == null) {
            return;
        }
        running.shutdownNow();
        try {
            running.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (width > 0) {
                err.print("\r" + " ".repeat(width) + "\r");
                err.flush();
            }
        }
    }
}
