package io.typedoo.benchmarks.decode;

import io.typedoo.benchmarks.fixture.FixedResponseServer;
import io.typedoo.benchmarks.fixture.TaskAnswers;
import io.typedoo.benchmarks.fixture.TaskFixture;
import io.typedoo.benchmarks.fixture.TaskRow;
import io.typedoo.benchmarks.support.ClientCpu;
import io.typedoo.client.OdooClient;
import io.typedoo.model.Model;
import io.typedoo.model.OdooRecord;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Client CPU of reading and mapping {@code todo.task} records: the hand-written raw Apache XML-RPC baseline versus
 * typedoo, on the same response bytes from a {@link FixedResponseServer}. Every variant ends with the same values
 * in hand: each field of each record, consumed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DecodeBenchmark {

    @Param({"1000", "10000"})
    public int records;

    private FixedResponseServer server;
    private RawOdooXmlRpc raw;
    private OdooClient odoo;
    private Model untyped;

    @Setup
    public void start() {
        server = FixedResponseServer.start(TaskAnswers.forRows(TaskFixture.rows(records)));
        raw = RawOdooXmlRpc.login(server.url(), "demo", "admin", "admin");
        odoo = OdooClient.builder().url(server.url()).database("demo").login("admin").password("admin").build();
        odoo.authenticate();
        untyped = odoo.model("todo.task");
    }

    @TearDown
    public void stop() {
        odoo.close();
        server.close();
    }

    /** Baseline: {@code search_read} through the raw Apache XML-RPC client, mapped by hand. */
    @Benchmark
    public void rawSearchRead(Blackhole sink) {
        long cpu = ClientCpu.start();
        for (TaskRow row : raw.searchReadTasks(records)) {
            consume(row, sink);
        }
        ClientCpu.stop(cpu);
    }

    /** typedoo's untyped layer: {@code Model.searchRead}, each field read through {@code OdooRecord}'s getters. */
    @Benchmark
    public void untypedSearchRead(Blackhole sink) {
        long cpu = ClientCpu.start();
        for (OdooRecord record : UntypedTasks.searchRead(untyped, records)) {
            UntypedTasks.consume(record, sink);
        }
        ClientCpu.stop(cpu);
    }

    static void consume(TaskRow row, Blackhole sink) {
        sink.consume(row.id());
        sink.consume(row.name());
        sink.consume(row.done());
        sink.consume(row.deadline());
        sink.consume(row.user());
        sink.consume(row.tagIds());
        sink.consume(row.priority());
        sink.consume(row.description());
        sink.consume(row.createdBy());
    }
}
