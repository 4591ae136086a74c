package io.typedoo.benchmarks.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.client.Protocol;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scenarios on small data: both versions agree, and the counts have the shape the table reports. */
class RoundTripsTest {

    @Test
    void naiveCodePaysPerRecordTypedCodeDoesNot() {
        List<RoundTrips.Measurement> rows = RoundTrips.run(new Scenarios(12, 15), List.of(Protocol.XMLRPC));

        assertEquals(6, rows.size());
        for (RoundTrips.Measurement m : rows) {
            assertEquals(m.serverCalls(), m.wire().calls(), m.job() + ", " + m.code());
            assertTrue(m.wire().requestBytes() > 0 && m.wire().responseBytes() > 0, m.toString());
        }
        // Page: search, then per task its read, user, creator and (when it has tags) tags.
        assertTrue(rows.get(0).serverCalls() > 3 * 12, rows.get(0).toString());
        assertTrue(rows.get(1).serverCalls() <= 3, rows.get(1).toString());
        assertEquals(15, rows.get(2).serverCalls());
        assertEquals(1, rows.get(3).serverCalls());
        assertEquals(15, rows.get(4).serverCalls());
        assertEquals(1, rows.get(5).serverCalls());
        String table = RoundTrips.table(rows);
        assertTrue(table.contains("| Create 15 tasks | typed (generated) | XMLRPC | 1 | 1 |"), table);
    }
}
