package io.typedoo.benchmarks.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.client.Protocol;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scenarios on small data: every way agrees, and the counts have the shape the table reports. */
class RoundTripsTest {

    @Test
    void naiveCodePaysPerRecordTypedCodeDoesNot() {
        List<RoundTrips.Measurement> rows = RoundTrips.run(new Scenarios(12, 15),
                Map.of(19, List.of(Protocol.XMLRPC)));

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
        assertTrue(table.contains(
                "| Create 15 tasks, mark them done, delete them | typed (generated) | 19 | XMLRPC | 4 | 4 |"), table);
    }

    @Test
    void odoo17IsTwoCallsWithLoginAndOdoo16OneMorePerRelatedModelAfterOneRefusal() {
        Map<Integer, List<Protocol>> modes = new java.util.LinkedHashMap<>();
        modes.put(16, List.of(Protocol.JSONRPC));
        modes.put(17, List.of(Protocol.JSONRPC));
        List<RoundTrips.Measurement> rows = RoundTrips.run(new Scenarios(12, 15), modes);

        assertEquals(14, rows.size());
        for (RoundTrips.Measurement m : rows) {
            assertEquals(m.serverCalls(), m.wire().calls(), m.version() + " " + m.job() + ", " + m.code());
        }
        List<RoundTrips.Measurement> odoo16 = rows.subList(0, 7);
        List<RoundTrips.Measurement> odoo17 = rows.subList(7, 14);
        assertEquals(3, odoo16.get(1).serverCalls(), "by hand: login, search_read, read of the tags' names");
        for (int typed : new int[] {2, 3}) {
            assertEquals(5, odoo16.get(typed).serverCalls(), "login, the refused web_search_read, search_read,"
                    + " one read of the users (assignees and creators), one of the tags");
            assertEquals(2, odoo17.get(typed).serverCalls(), "login, web_search_read");
        }
        assertEquals(1 + 3, odoo16.get(6).serverCalls(), "the bulk job needs no search");
        assertTrue(RoundTrips.table(rows).contains("| typed, learnt fetch plan | 16 | JSONRPC | 5 | 5 |"),
                RoundTrips.table(rows));
    }
}
