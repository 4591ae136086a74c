package io.typedoo.benchmarks.bulk;

import io.typedoo.benchmarks.fixture.FixedResponseServer;
import io.typedoo.benchmarks.model.Priority;
import io.typedoo.benchmarks.model.TodoTaskModel;
import io.typedoo.benchmarks.model.TodoTaskRecord;
import io.typedoo.benchmarks.model.TodoTaskValues;
import io.typedoo.client.OdooClient;
import io.typedoo.untyped.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Client time of the bulk job over XML-RPC: create {@code count} tasks in one call, mark them done in one, delete
 * them in one. The hand-written raw Apache XML-RPC client against typedoo's untyped layer and generated API, on
 * the same fixed answers from a {@link FixedResponseServer} (so the server's work is a fixed write), three calls
 * each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(2)
public class BulkBenchmark {

    @Param({"1000"})
    public int count;

    private FixedResponseServer server;
    private RawBulkJob raw;
    private OdooClient odoo;

    @Setup
    public void start() {
        server = FixedResponseServer.start(BulkAnswers.forCount(count));
        raw = new RawBulkJob(server.url(), "demo", "admin", "admin");
        odoo = OdooClient.builder().url(server.url()).database("demo").login("admin").password("admin").build();
        odoo.authenticate();
    }

    @TearDown
    public void stop() {
        odoo.close();
        server.close();
    }

    /** Baseline: hand-written {@code execute_kw} calls through the raw Apache XML-RPC client. */
    @Benchmark
    public Object raw() {
        return raw.run(count);
    }

    /** typedoo's untyped layer: {@code create(list of maps)}, {@code write(ids, map)}, {@code unlink(ids)}. */
    @Benchmark
    public Object untyped() {
        Model tasks = odoo.model("todo.task");
        List<Map<String, Object>> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, Object> task = new LinkedHashMap<>();
            task.put("name", "Bulk task " + i);
            task.put("priority", i % 2 == 0 ? "1" : "0");
            values.add(task);
        }
        List<Long> ids = tasks.create(values);
        tasks.write(ids, Map.of("is_done", true));
        tasks.unlink(ids);
        return ids;
    }

    /** The generated API: {@code createAll}, {@code write} of the records, {@code unlink}. */
    @Benchmark
    public Object typed() {
        TodoTaskModel tasks = TodoTaskModel.of(odoo);
        List<TodoTaskValues> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(tasks.values().name("Bulk task " + i).priority(i % 2 == 0 ? Priority.URGENT : Priority.NORMAL));
        }
        List<TodoTaskRecord> created = tasks.createAll(values);
        tasks.write(created, v -> v.isDone(true));
        tasks.unlink(created);
        return created;
    }
}
