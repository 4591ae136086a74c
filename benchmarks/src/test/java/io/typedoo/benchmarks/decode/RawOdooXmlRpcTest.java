package io.typedoo.benchmarks.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.typedoo.benchmarks.fixture.FixedResponseServer;
import io.typedoo.benchmarks.fixture.TaskAnswers;
import io.typedoo.benchmarks.fixture.TaskFixture;
import io.typedoo.benchmarks.fixture.TaskRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The baseline reads back exactly the rows the fixture serves, over real HTTP, in one call. */
class RawOdooXmlRpcTest {

    private final List<TaskRow> rows = TaskFixture.rows(120);

    @Test
    void webSearchReadMapsEveryRowAndFieldInOneCall() {
        try (FixedResponseServer server = FixedResponseServer.start(TaskAnswers.forRows(rows))) {
            RawOdooXmlRpc raw = RawOdooXmlRpc.login(server.url(), "demo", "admin", "admin");
            long before = server.requestCount();

            assertEquals(rows, raw.webSearchReadTasks(rows.size()));
            assertEquals(1, server.requestCount() - before);
        }
    }

    @Test
    void fixtureHasEmptyValuesOfEveryKind() {
        assertEquals(40, rows.stream().filter(r -> r.deadline() == null).count());
        assertEquals(17, rows.stream().filter(r -> r.user() == null).count());
        assertEquals(24, rows.stream().filter(r -> r.description() == null).count());
        assertEquals(30, rows.stream().filter(r -> r.tags().isEmpty()).count());
        assertEquals("Support", rows.get(0).tags().get(0).name());
    }
}
