package io.typedoo.cli.output;

import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr, redrawn in place with a carriage return. It draws only when a person is
 * watching (stderr is a terminal); when the output is piped or redirected it draws nothing, so logs and files
 * stay clean.
 *
 * <pre>{@code
 * try (ProgressBar bar = ProgressBar.start(err, terminal, "Reading res.partner", total)) {
 *     for (...) { ...; bar.advance(chunk.size()); }
 * }
 * }</pre>
 */
public final class ProgressBar implements AutoCloseable {

    private static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final boolean enabled;
    private final String label;
    private final long total;
    private long done;
    private boolean drawn;

    private ProgressBar(PrintWriter err, boolean enabled, String label, long total) {
        this.err = err;
        this.enabled = enabled && total > 0;
        this.label = label;
        this.total = total;
    }

    /**
     * Starts a bar.
     *
     * @param terminal true when stderr is a terminal; otherwise the bar stays silent
     * @param total the amount of work, such as the number of records
     */
    public static ProgressBar start(PrintWriter err, boolean terminal, String label, long total) {
        ProgressBar bar = new ProgressBar(err, terminal, label, total);
        bar.draw();
        return bar;
    }

    /** Records that {@code amount} more units are done and redraws. */
    public void advance(long amount) {
        done = Math.min(total, done + amount);
        draw();
    }

    private void draw() {
        if (!enabled) {
            return;
        }
        int filled = (int) (BAR_WIDTH * done / total);
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + done + "/"
                + total);
        err.flush();
        drawn = true;
    }

    /** Clears the bar's line, so that what follows starts on a clean line. */
    @Override
    public void close() {
        if (drawn) {
            err.print("\r" + " ".repeat(label.length() + BAR_WIDTH + 4 + 2 * String.valueOf(total).length() + 1)
                    + "\r");
            err.flush();
        }
    }
}
