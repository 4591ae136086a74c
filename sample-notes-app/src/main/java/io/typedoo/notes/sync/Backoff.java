package io.typedoo.notes.sync;

import java.time.Duration;

/**
 * How long to wait before the next attempt to save while the server does not answer: doubling from
 * {@code initial}, never more than {@code max}.
 *
 * @param initial the wait after the first failure
 * @param max the longest wait
 */
public record Backoff(Duration initial, Duration max) {

    /** One second, doubling up to one minute: quick when the server blinks, quiet when it is down for long. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));

    public Backoff {
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("initial must be positive: " + initial);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("max " + max + " is shorter than initial " + initial);
        }
    }

    /**
     * The wait after {@code failures} failed attempts in a row.
     *
     * @param failures at least 1
     */
    public Duration delay(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1: " + failures);
        }
        Duration delay = initial;
        for (int i = 1; i < failures && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
