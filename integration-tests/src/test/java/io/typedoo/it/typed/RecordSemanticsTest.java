package io.typedoo.it.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.client.OdooClient;
import io.typedoo.orm.EmptyValueException;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What a record handle promises beyond reading: nullness checks and one load per group under concurrency. */
@OdooTest
class RecordSemanticsTest {

    @Test
    void anEmptyValueForANonNullAccessorNamesTheRecordAndTheFix(OdooClient odoo) {
        long id = TodoTaskModel.of(odoo).create(v -> v.name("No description")).id();
        StrictTaskRecord strict = StrictTaskModel.of(odoo).browse(id);

        assertEquals("No description", strict.name());
        EmptyValueException e = assertThrows(EmptyValueException.class, strict::description);
        assertTrue(e.getMessage().startsWith("todo.task(" + id + ").description is empty, but the model interface"
                + " declares it non-null; declare the accessor @Nullable ["), e.getMessage());
    }

    @Test
    void threadsReadingOneGroupShareOneLoad(OdooClient odoo, OdooTestServer server) throws Exception {
        TodoTaskModel tasks = TodoTaskModel.of(odoo);
        List<TodoTaskRecord> created = tasks.createAll(IntStream.range(0, 200)
                .mapToObj(i -> new TodoTaskValues().name("Shared " + i)).toList());
        List<TodoTaskRecord> group = tasks.browse(created.stream().map(TodoTaskRecord::id).toList());
        server.resetRequestCount();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> reads = new ArrayList<>();
            for (TodoTaskRecord task : group) {
                reads.add(task::name);
            }
            List<String> names = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(reads)) {
                names.add(f.get());
            }
            assertEquals(IntStream.range(0, 200).mapToObj(i -> "Shared " + i).toList(), names);
        } finally {
            pool.shutdown();
        }
        assertEquals(1, server.requestCount(), "one read for the 200 records, whichever thread came first");
    }
}
