package io.typedoo.benchmarks.support;

import java.util.Collection;
import java.util.List;
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
 * {@code ·client.cpu}: the calling thread's CPU time per operation, in the benchmark's time unit, as measured by
 * {@link ClientCpu}. Benchmarks that do not use {@link ClientCpu} get no such result.
 */
public final class ClientCpuProfiler implements InternalProfiler {

    /** Creates the profiler; JMH calls this. */
    public ClientCpuProfiler() {
    }

    @Override
    public String getDescription() {
        return "CPU time of the benchmark thread per operation (client work only)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        ClientCpu.reset();
    }

    @Override
    public Collection<? extends Result<?>> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        double nanos = ClientCpu.drainMeanNanos();
        if (Double.isNaN(nanos)) {
            return List.of();
        }
        TimeUnit unit = benchmarkParams.getTimeUnit();
        double perOp = nanos / TimeUnit.NANOSECONDS.convert(1, unit);
        return List.of(new ScalarResult("client.cpu", perOp, TimeValue.tuToString(unit) + "/op", AggregationPolicy.AVG));
    }
}
