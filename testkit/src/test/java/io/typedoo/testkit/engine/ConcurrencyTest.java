package io.typedoo.testkit.engine;

import static io.typedoo.testkit.engine.Calls.leaf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many clients at once: every call is atomic, no write is lost, ids are unique. */
class ConcurrencyTest {

    @Test
    void concurrentIncrementsAndCreatesLoseNothing() throws Exception {
        try (Database db = Database.demo()) {
            Calls calls = new Calls(db);
            db.models().define("test.counter").integerField("value").register();
            long counter = calls.create("test.counter", Map.of("value", 0L));
            // A read-modify-write in one call: only atomic calls give the exact total.
            db.models().method("test.counter", "increment", call -> {
                long value = (Long) call.record(call.ids().get(0), "value").get("value");
                call.execute("test.counter", "write", List.of(call.ids(), Map.of("value", value + 1)), Map.of());
                return true;
            });
            int threads = 8;
            int perThread = 50;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<List<Long>>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    results.add(pool.submit(() -> {
                        List<Long> created = new ArrayList<>();
                        for (int i = 0; i < perThread; i++) {
                            calls.call("test.counter", "increment", List.of(counter));
                            created.add(calls.create("todo.task", Map.of("name", "t" + thread + "-" + i)));
                            calls.search("todo.task", List.of(leaf("name", "ilike", "t" + thread)));
                        }
                        return created;
                    }));
                }
                Set<Long> ids = new HashSet<>();
                for (Future<List<Long>> result : results) {
                    ids.addAll(result.get());
                }
                assertEquals(threads * perThread, ids.size());
            } finally {
                pool.shutdown();
            }
            assertEquals((long) threads * perThread, calls.readOne("test.counter", counter, "value").get("value"));
            assertEquals((long) threads * perThread, calls.call("todo.task", "search_count", List.of()));
        }
    }
}
