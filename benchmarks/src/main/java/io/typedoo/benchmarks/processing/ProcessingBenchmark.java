package io.typedoo.benchmarks.processing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What typedoo's processor adds to a build: javac (in-process, javax.tools) compiling 50 or 200
 * {@code @OdooModel} interfaces with the processor, which also compiles the classes it generates, versus the same
 * interfaces with annotation processing off. One compilation per measurement, after warm-up compilations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 4)
@Fork(1)
public class ProcessingBenchmark {

    @Param({"50", "200"})
    public int models;

    private Path workDir;
    private List<Path> sources;
    private InProcessJavac javac;
    private Path output;
    private int compilations;

    @Setup(Level.Trial)
    public void writeSources() throws IOException {
        workDir = Files.createTempDirectory("typedoo-processing-");
        sources = ModelSources.write(workDir.resolve("src"), models);
        javac = new InProcessJavac();
    }

    @Setup(Level.Invocation)
    public void freshOutput() {
        output = workDir.resolve("out" + compilations++);
    }

    @TearDown(Level.Trial)
    public void deleteAll() throws IOException {
        try (Stream<Path> all = Files.walk(workDir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** javac with typedoo's processor: reads the interfaces, generates and compiles three classes per model. */
    @Benchmark
    public int withProcessor() {
        return javac.compile(sources, true, output);
    }

    /** javac alone on the same interfaces ({@code -proc:none}). */
    @Benchmark
    public int withoutProcessor() {
        return javac.compile(sources, false, output);
    }
}
