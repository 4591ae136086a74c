package io.typedoo.benchmarks.decode;

import io.typedoo.benchmarks.fixture.FixedResponseServer;
import io.typedoo.benchmarks.fixture.TaskAnswers;
import io.typedoo.benchmarks.fixture.TaskFixture;
import io.typedoo.benchmarks.fixture.TaskRow;
import io.typedoo.benchmarks.model.TodoTask;
import io.typedoo.benchmarks.model.TodoTaskModel;
import io.typedoo.client.OdooClient;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Client CPU of reading and mapping {@code todo.task} records: the hand-written raw Apache XML-RPC baseline versus
 * typedoo, on the same response bytes from a {@link FixedResponseServer}. Every variant makes the same single
 * {@code web_search_read} call and ends with the same values in hand: each field of each record (and the names of
 * its user, creator and tags), consumed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(2)
public class DecodeBenchmark {

    @Param({"1000", "10000"})
    public int records;

    private FixedResponseServer server;
    private RawOdooXmlRpc raw;
    private OdooClient odoo;
    private TodoTaskModel tasks;

    @Setup
    public void start() {
        server = FixedResponseServer.start(TaskAnswers.forRows(TaskFixture.rows(records)));
        raw = RawOdooXmlRpc.login(server.url(), "demo", "admin", "admin");
        odoo = OdooClient.builder().url(server.url()).database("demo").login("admin").password("admin").build();
        odoo.authenticate();
        tasks = TodoTaskModel.of(odoo);
    }

    @TearDown
    public void stop() {
        odoo.close();
        server.close();
    }

    /** Baseline: the raw Apache XML-RPC client, its {@code Object[]} and {@code HashMap}s mapped by hand. */
    @Benchmark
    public void raw(Blackhole sink) {
        for (TaskRow row : raw.webSearchReadTasks(records)) {
            consume(row, sink);
        }
    }

    /** typedoo's client and transport ({@code OdooClient.execute}), its normalised answer mapped by hand. */
    @Benchmark
    public void untyped(Blackhole sink) {
        for (TaskRow row : UntypedTasks.webSearchRead(odoo, records)) {
            consume(row, sink);
        }
    }

    /** The generated API: {@code TodoTaskModel.search}, then the record accessors, relations included. */
    @Benchmark
    public void typed(Blackhole sink) {
        for (TodoTask task : TypedTasks.search(tasks, records)) {
            TypedTasks.consume(task, sink);
        }
    }

    static void consume(TaskRow row, Blackhole sink) {
        sink.consume(row.id());
        sink.consume(row.name());
        sink.consume(row.done());
        sink.consume(row.deadline());
        sink.consume(row.user());
        sink.consume(row.tags());
        sink.consume(row.priority());
        sink.consume(row.description());
        sink.consume(row.createdBy());
    }
}
