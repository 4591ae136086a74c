package io.typedoo.benchmarks.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.client.Protocol;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scenarios on small data: every way agrees, and the counts have the shape the table reports. */
class RoundTripsTest {

    @Test
    void naiveCodePaysPerRecordTypedCodeDoesNot() {
        List<RoundTrips.Measurement> rows = RoundTrips.run(new Scenarios(12, 15), List.of(Protocol.XMLRPC));

        assertEquals(7, rows.size());
        for (RoundTrips.Measurement m : rows) {
            assertEquals(m.serverCalls(), m.wire().calls(), m.job() + ", " + m.code());
            assertTrue(m.wire().requestBytes() > 0 && m.wire().responseBytes() > 0, m.toString());
        }
        // Page: login, search, then per task its read, user, creator and (when it has tags) tags.
        assertTrue(rows.get(0).serverCalls() > 3 * 12, rows.get(0).toString());
        assertEquals(3, rows.get(1).serverCalls(), "login, search_read, read of the tags' names");
        assertEquals(2, rows.get(2).serverCalls(), "login, web_search_read");
        assertEquals(2, rows.get(3).serverCalls(), "login, web_search_read");
        assertTrue(rows.get(3).wire().responseBytes() < rows.get(2).wire().responseBytes(), rows.toString());
        // Bulk: login, then per task a create, a write and an unlink, or three calls in all.
        assertEquals(1 + 3 * 15, rows.get(4).serverCalls());
        assertEquals(1 + 3, rows.get(5).serverCalls());
        assertEquals(1 + 3, rows.get(6).serverCalls());
        String table = RoundTrips.table(rows);
        assertTrue(table.contains("| Create 15 tasks, mark them done, delete them | typed (generated) | XMLRPC | 4 | 4 |"),
                table);
    }
}
