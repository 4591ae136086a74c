package io.typedoo.benchmarks.protocol;

import io.typedoo.benchmarks.model.ResUsers;
import io.typedoo.benchmarks.model.TodoTask;
import io.typedoo.benchmarks.model.TodoTaskModel;
import io.typedoo.benchmarks.model.TodoTaskTag;
import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import io.typedoo.domain.Domain;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.typed.Page;
import io.typedoo.untyped.Model;
import io.typedoo.untyped.Row;
import io.typedoo.untyped.SearchOptions;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * XML-RPC versus JSON-RPC for the same calls against the testkit server over loopback: a small call
 * ({@code search_count}), a page of 500 tasks through the untyped layer ({@code search_read}), and the same page
 * through the generated API ({@code web_search_read} with the related names). The server runs in the same JVM, so
 * times are end to end: client, both directions on the wire, and the server's work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// Without TCP_NODELAY the JDK server's separate header and body writes wait for the client's delayed ACK, some
// 40 ms per call on Linux loopback, which would hide both protocols' real cost.
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
public class ProtocolBenchmark {

    private static final int PAGE = 500;

    @Param({"XMLRPC", "JSONRPC"})
    public Protocol protocol;

    private OdooTestServer server;
    private OdooClient odoo;
    private Model tasks;
    private TodoTaskModel typedTasks;

    @Setup
    public void start() {
        server = OdooTestServer.start();
        odoo = OdooClient.builder().url(server.url()).database("demo").login("admin").password("admin")
                .protocol(protocol).build();
        odoo.authenticate();
        List<Long> tagIds = odoo.model("todo.task.tag").create(List.of(Map.of("name", "Sales"),
                Map.of("name", "Support"), Map.of("name", "Urgent")));
        List<Map<String, Object>> seed = new ArrayList<>();
        for (int i = 0; i < PAGE; i++) {
            Map<String, Object> task = new LinkedHashMap<>();
            task.put("name", "Task " + i);
            task.put("user_id", i % 2 == 0 ? 2 : 6);
            task.put("tag_ids", List.of(List.of(6, 0, tagIds.subList(0, i % 4 == 3 ? 3 : i % 4))));
            seed.add(task);
        }
        odoo.model("todo.task").create(seed);
        tasks = odoo.model("todo.task");
        typedTasks = TodoTaskModel.of(odoo);
    }

    @TearDown
    public void stop() {
        odoo.close();
        server.close();
    }

    /** One small call: its cost is mostly the protocol's fixed overhead. */
    @Benchmark
    public long searchCount() {
        return tasks.count(Domain.leaf("is_done", "=", false));
    }

    /** 500 tasks with {@code search_read} through the untyped layer, every field read. */
    @Benchmark
    public void untypedPage(Blackhole sink) {
        for (Row task : tasks.searchRead(Domain.all(), SearchOptions.of().limit(PAGE), "name", "is_done",
                "date_deadline", "user_id", "tag_ids", "priority", "description", "create_uid")) {
            sink.consume(task.getString("name"));
            sink.consume(task.getBoolean("is_done"));
            sink.consume(task.getDate("date_deadline"));
            sink.consume(task.getMany2one("user_id"));
            sink.consume(task.getIds("tag_ids"));
            sink.consume(task.getString("priority"));
            sink.consume(task.getString("description"));
            sink.consume(task.getMany2one("create_uid"));
        }
    }

    /** The same 500 tasks through the generated API, with the names of their user, creator and tags. */
    @Benchmark
    public void typedPage(Blackhole sink) {
        for (TodoTask task : typedTasks.search(Domain.all(), Page.first(PAGE))) {
            sink.consume(task.name());
            sink.consume(task.isDone());
            sink.consume(task.dateDeadline());
            ResUsers user = task.user();
            sink.consume(user == null ? null : user.name());
            for (TodoTaskTag tag : task.tags()) {
                sink.consume(tag.name());
            }
            sink.consume(task.priority());
            sink.consume(task.description());
            sink.consume(task.createdBy().name());
        }
    }
}
