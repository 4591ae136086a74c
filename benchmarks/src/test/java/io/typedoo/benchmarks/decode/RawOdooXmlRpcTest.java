package io.typedoo.benchmarks.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.typedoo.benchmarks.fixture.FixedResponseServer;
import io.typedoo.benchmarks.fixture.OdooWireValues;
import io.typedoo.benchmarks.fixture.TaskAnswers;
import io.typedoo.benchmarks.fixture.TaskFixture;
import io.typedoo.benchmarks.fixture.TaskRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The baseline reads back exactly the rows the fixture serves, over real HTTP. */
class RawOdooXmlRpcTest {

    private final List<TaskRow> rows = TaskFixture.rows(120);

    @Test
    void searchReadMapsEveryRowAndFieldInOneCall() {
        try (FixedResponseServer server = FixedResponseServer.start(TaskAnswers.forRows(rows))) {
            RawOdooXmlRpc raw = RawOdooXmlRpc.login(server.url(), "demo", "admin", "admin");
            long before = server.requestCount();

            assertEquals(rows, raw.searchReadTasks(rows.size()));
            assertEquals(1, server.requestCount() - before);
        }
    }

    @Test
    void webSearchReadMapsReferencesGivenAsDicts() {
        try (FixedResponseServer server = FixedResponseServer.start(TaskAnswers.forRows(rows))) {
            RawOdooXmlRpc raw = RawOdooXmlRpc.login(server.url(), "demo", "admin", "admin");

            assertEquals(rows, raw.webSearchReadTasks(Map.of("name", Map.of()), rows.size()));
        }
    }

    @Test
    void fixtureHasEmptyValuesOfEveryKind() {
        assertEquals(40, rows.stream().filter(r -> r.deadline() == null).count());
        assertEquals(17, rows.stream().filter(r -> r.user() == null).count());
        assertEquals(24, rows.stream().filter(r -> r.description() == null).count());
        assertEquals(30, rows.stream().filter(r -> r.tagIds().isEmpty()).count());
        assertEquals(Boolean.FALSE, ((Map<?, ?>) OdooWireValues.readResult(rows).get(2)).get("date_deadline"));
    }
}
