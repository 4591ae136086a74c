package io.typedoo.it.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.client.OdooClient;
import io.typedoo.error.OdooEmptyValueException;
import io.typedoo.error.OdooSelectionValueException;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import io.typedoo.typed.X2many;
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
        OdooEmptyValueException e = assertThrows(OdooEmptyValueException.class, strict::description);
        assertTrue(e.getMessage().startsWith("todo.task(" + id + ").description is empty, but the model interface"
                + " declares it non-null; declare the accessor @Nullable ["), e.getMessage());
    }

    @Test
    void aSelectionValueTheEnumLacksNamesModelRecordFieldAndValue(OdooClient odoo) {
        long id = TodoTaskModel.of(odoo).create(v -> v.name("Urgent").priority(Priority.HIGH)).id();
        StrictTaskRecord strict = StrictTaskModel.of(odoo).browse(id);

        OdooSelectionValueException e = assertThrows(OdooSelectionValueException.class, strict::priority);
        assertEquals("todo.task", e.model());
        assertEquals(id, e.recordId());
        assertEquals("priority", e.member());
        assertEquals("1", e.value());
        assertEquals(NormalOnly.class.getName(), e.enumType());
        assertTrue(e.getMessage().startsWith("todo.task(" + id + ").priority is '1', which the enum "
                + NormalOnly.class.getName() + " has no constant for; add one"), e.getMessage());
    }

    @Test
    void relationsReadAndWrittenAsPlainIds(OdooClient odoo) {
        List<Long> tags = TodoTaskTagModel.of(odoo).createAll(List.of(new TodoTaskTagValues().name("x"),
                new TodoTaskTagValues().name("y"))).stream().map(TodoTaskTagRecord::id).toList();
        TaskIdsModel model = TaskIdsModel.of(odoo);

        TaskIdsRecord task = model.create(v -> v.name("By ids").userId(odoo.uid()).tagIds(tags));

        assertEquals(odoo.uid(), task.userId());
        assertEquals(tags, task.tagIds());
        assertEquals(1, model.count(TaskIdsModel.NAME.eq("By ids")
                .and(TaskIdsModel.TAG_IDS.contains(tags.get(1)))
                .and(TaskIdsModel.USER_ID.eq(odoo.uid()))));
        model.write(task, v -> v.tagIds(X2many.removeIds(List.of(tags.get(0)))));
        assertEquals(List.of(tags.get(1)), task.tagIds());
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
