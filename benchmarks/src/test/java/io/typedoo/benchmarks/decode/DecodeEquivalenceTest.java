package io.typedoo.benchmarks.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.typedoo.benchmarks.fixture.FixedResponseServer;
import io.typedoo.benchmarks.fixture.TaskAnswers;
import io.typedoo.benchmarks.fixture.TaskFixture;
import io.typedoo.benchmarks.fixture.TaskRow;
import io.typedoo.benchmarks.model.TodoTaskModel;
import io.typedoo.client.OdooClient;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every variant of {@link DecodeBenchmark} ends with the same values, in one call, so they measure the same work. */
class DecodeEquivalenceTest {

    private final List<TaskRow> rows = TaskFixture.rows(150);
    private FixedResponseServer server;
    private OdooClient odoo;

    @BeforeEach
    void start() {
        server = FixedResponseServer.start(TaskAnswers.forRows(rows));
        odoo = OdooClient.builder().url(server.url()).database("demo").login("admin").password("admin").build();
        odoo.authenticate();
    }

    @AfterEach
    void stop() {
        odoo.close();
        server.close();
    }

    @Test
    void untypedReadsTheFixtureRowsInOneCall() {
        long before = server.requestCount();

        assertEquals(rows, UntypedTasks.webSearchRead(odoo, rows.size()));
        assertEquals(1, server.requestCount() - before);
    }

    @Test
    void generatedApiReadsTheFixtureRowsAndRelationsInOneCall() {
        long before = server.requestCount();

        List<TaskRow> read = TypedTasks.search(TodoTaskModel.of(odoo), rows.size()).stream()
                .map(TypedTasks::toRow).toList();

        assertEquals(rows, read);
        assertEquals(1, server.requestCount() - before);
    }
}
