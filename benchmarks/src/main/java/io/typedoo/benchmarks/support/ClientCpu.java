package io.typedoo.benchmarks.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;

/**
 * CPU time spent by the benchmark's own thread, the client, as opposed to wall time, which also holds the server
 * thread of the same JVM and waiting. A benchmark brackets its operation with {@link #start()} and
 * {@link #stop(long)}; {@link ClientCpuProfiler} reports the mean per operation for each iteration.
 *
 * <p>Only work done on the calling thread is seen. That is all of the client's work for XML-RPC (the Apache client
 * reads and parses on the calling thread); for JSON-RPC the JDK HTTP client does part of its I/O on its own
 * threads.
 */
public final class ClientCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final LongAdder NANOS = new LongAdder();
    private static final LongAdder OPERATIONS = new LongAdder();

    private ClientCpu() {
    }

    /** Marks the start of one operation; pass the result to {@link #stop(long)}. */
    public static long start() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** Marks the end of the operation started at {@code start}. */
    public static void stop(long start) {
        NANOS.add(THREADS.getCurrentThreadCpuTime() - start);
        OPERATIONS.increment();
    }

    /** Mean CPU nanoseconds per operation since the last call, or NaN when there was none; then starts afresh. */
    static double drainMeanNanos() {
        long ops = OPERATIONS.sumThenReset();
        long nanos = NANOS.sumThenReset();
        return ops == 0 ? Double.NaN : (double) nanos / ops;
    }

    /** Forgets what was measured so far. */
    static void reset() {
        OPERATIONS.reset();
        NANOS.reset();
    }
}
