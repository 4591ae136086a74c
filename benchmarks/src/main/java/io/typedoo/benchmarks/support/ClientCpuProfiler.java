package io.typedoo.benchmarks.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * A JMH profiler ({@code -prof io.typedoo.benchmarks.support.ClientCpuProfiler}) adding the secondary result
 * {@code client.cpu}: CPU time per operation of every Java thread of the benchmark JVM except the HTTP servers'
 * (the JDK server's dispatcher and timer, the fixed-response server's and the testkit's workers), in the
 * benchmark's time unit; and {@code client.cpu.http}, the part of it spent on the threads of a JDK
 * {@code java.net.http.HttpClient} (its selector and workers): zero for the raw Apache client and for typedoo, which
 * do their HTTP on the calling thread; kept to show what an asynchronous client costs when one is measured.
 *
 * <p>Wall time mixes in the server of the same JVM and any wait for a core on a shared machine; this is the
 * client's work alone. It counts the benchmark thread and any thread a client runs beside it. Not counted for
 * either: JIT compiler and GC threads (compare allocation with {@code -prof gc}).
 */
public final class ClientCpuProfiler implements InternalProfiler {

    /** Name prefixes of the threads that serve HTTP in the benchmarks, whose work is not the client's. */
    private static final List<String> SERVER_THREADS = List.of("HTTP-Dispatcher", "server-timer",
            "idle-timeout-task", "fixed-response-server", "typedoo-testkit-");

    /** Name prefix of the JDK HTTP client's selector and worker threads, reported on their own as well. */
    private static final String HTTP_CLIENT_THREADS = "HttpClient-";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private Map<Long, Long> before = Map.of();
    private Map<Long, Long> beforeHttp = Map.of();

    /** Creates the profiler; JMH calls this. */
    public ClientCpuProfiler() {
    }

    @Override
    public String getDescription() {
        return "CPU time per operation of the client's threads (every thread but the HTTP servers')";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        before = clientThreadCpu();
        beforeHttp = httpClientThreadCpu(before);
    }

    @Override
    public Collection<? extends Result<?>> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        long ops = result.getMetadata().getAllOps();
        if (ops == 0) {
            return List.of();
        }
        Map<Long, Long> after = clientThreadCpu();
        TimeUnit unit = benchmarkParams.getTimeUnit();
        double nanosPerUnit = TimeUnit.NANOSECONDS.convert(1, unit);
        String perOp = TimeValue.tuToString(unit) + "/op";
        return List.of(
                new ScalarResult("client.cpu", since(before, after) / ops / nanosPerUnit, perOp,
                        AggregationPolicy.AVG),
                new ScalarResult("client.cpu.http", since(beforeHttp, httpClientThreadCpu(after)) / ops
                        / nanosPerUnit, perOp, AggregationPolicy.AVG));
    }

    private static double since(Map<Long, Long> before, Map<Long, Long> after) {
        long nanos = 0;
        for (Map.Entry<Long, Long> e : after.entrySet()) {
            nanos += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        return nanos;
    }

    /** The part of {@code cpu} spent by the JDK HTTP client's own threads (none for the raw Apache client). */
    private Map<Long, Long> httpClientThreadCpu(Map<Long, Long> cpu) {
        Map<Long, Long> http = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(cpu.keySet().stream().mapToLong(Long::longValue).toArray())) {
            if (info != null && info.getThreadName().startsWith(HTTP_CLIENT_THREADS)) {
                http.put(info.getThreadId(), cpu.get(info.getThreadId()));
            }
        }
        return http;
    }

    /** CPU nanoseconds so far of each live thread that is not a server's, by thread id. */
    private Map<Long, Long> clientThreadCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null || isServerThread(info.getThreadName())) {
                continue;
            }
            long nanos = threads.getThreadCpuTime(info.getThreadId());
            if (nanos >= 0) {
                cpu.put(info.getThreadId(), nanos);
            }
        }
        return cpu;
    }

    private static boolean isServerThread(String name) {
        for (String prefix : SERVER_THREADS) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
