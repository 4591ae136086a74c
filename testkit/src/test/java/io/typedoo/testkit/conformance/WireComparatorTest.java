package io.typedoo.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The comparator's ignore rules are narrow: each test shows what still fails. */
class WireComparatorTest {

    private static final String OURS = "Traceback (most recent call last):\n"
            + "  File \"typedoo-testkit\", line 1, in search\nValueError: Invalid leaf x\n";
    private static final String ODOOS = "Traceback (most recent call last):\n"
            + "  File \"/opt/odoo/odoo/models.py\", line 1717, in search\n    return self.search_fetch(domain)\n"
            + "           ^^^^^^^^^^^^^^^^^^^^^^^^^\nValueError: Invalid leaf x\n";

    @Test
    void equalTreesMatchInAnyKeyOrder() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", 9L);
        a.put("name", "Wood Corner");
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("name", "Wood Corner");
        b.put("id", 9L);
        assertEquals(List.of(), WireComparator.differences(List.of(a), List.of(b)));
    }

    @Test
    void valuesTypesSizesAndKeysMustMatch() {
        assertEquals(1, WireComparator.differences(9L, 10L).size());
        assertEquals(1, WireComparator.differences(9L, 9.0).size(), "an int is not a float");
        assertEquals(1, WireComparator.differences(false, null).size(), "False is not None");
        assertEquals(1, WireComparator.differences(List.of(1L, 2L), List.of(1L)).size());
        assertEquals(List.of("$: missing keys [email]", "$: unexpected keys [mail]"),
                WireComparator.differences(Map.of("email", false), Map.of("mail", false)));
        assertEquals(List.of("$[1].name: expected \"a\", got \"b\""),
                WireComparator.differences(List.of(1L, Map.of("name", "a")), List.of(1L, Map.of("name", "b"))));
    }

    @Test
    void timestampsMatchByShapeOnly() {
        assertTrue(WireComparator.differences("2026-11-30 09:36:07", "2031-01-02 03:04:05").isEmpty());
        assertEquals(1, WireComparator.differences("2026-11-30 09:36:07", "2026-11-30T09:36:07").size());
        assertEquals(1, WireComparator.differences("2026-12-31", "2027-01-01").size(), "dates are data, not clocks");
    }

    @Test
    void tracebacksMatchByTheirExceptionText() {
        assertTrue(WireComparator.differences(ODOOS, OURS).isEmpty());
        assertEquals(1, WireComparator.differences(ODOOS, OURS.replace("ValueError", "KeyError")).size());
        assertEquals(1, WireComparator.differences(ODOOS, OURS.replace("leaf x", "leaf y")).size());
        assertEquals(1, WireComparator.differences(ODOOS, "ValueError: Invalid leaf x\n").size(),
                "a bare message is not a traceback");
        assertEquals("psycopg2.errors.X: value\nLINE 1: ...\n      ^\n", WireComparator.exceptionText(
                "Traceback (most recent call last):\n  File \"a.py\", line 1, in f\n    g()\n"
                        + "psycopg2.errors.X: value\nLINE 1: ...\n      ^\n"));
    }
}
