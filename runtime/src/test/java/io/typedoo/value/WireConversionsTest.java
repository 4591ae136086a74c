package io.typedoo.value;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.domain.Domain;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WireConversionsTest {

    @Test
    void argumentsAlreadyInWireFormAreNotCopied() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", "Bulk");
        values.put("priority", "1");
        List<Object> args = List.of(List.of(values, Map.of("is_done", true)));
        assertSame(args, WireConversions.toWire(args));

        Map<Object, Object> mixed = new LinkedHashMap<>();
        mixed.put("name", "x");
        mixed.put("count", 3);
        mixed.put("when", LocalDate.of(2026, 12, 31));
        mixed.put("note", null);
        Object converted = WireConversions.toWire(List.of(mixed));
        assertEquals(List.of(Map.of("name", "x", "count", 3L, "when", "2026-12-31", "note", false)), converted);
        assertEquals(List.of("name", "count", "when", "note"),
                List.copyOf(((Map<?, ?>) ((List<?>) converted).get(0)).keySet()), "the order is kept");
    }

    @Test
    void falseIsNullForNonBooleanFields() {
        assertNull(WireConversions.toStringValue(false));
        assertNull(WireConversions.toLong(false));
        assertNull(WireConversions.toDouble(false));
        assertNull(WireConversions.toDate(false));
        assertNull(WireConversions.toDateTime(false));
        assertNull(WireConversions.toMany2one(false));
        assertNull(WireConversions.toBinary(false));
        assertEquals(List.of(), WireConversions.toIds(false));
        assertFalse(WireConversions.toBoolean(false));
        assertTrue(WireConversions.toBoolean(true));
    }

    @Test
    void many2oneAndIds() {
        assertEquals(new Many2one(9, "Wood Corner"), WireConversions.toMany2one(List.of(9L, "Wood Corner")));
        assertEquals(new Many2one(9, ""), WireConversions.toMany2one(9L));
        assertEquals(List.of(18L, 33L), WireConversions.toIds(List.of(18L, 33L)));
        assertEquals(9L, WireConversions.toLong(9.0), "JSON may send 9.0 for an id (jsonrpc/32)");
        assertThrows(IllegalArgumentException.class, () -> WireConversions.toLong(9.5));
        assertThrows(IllegalArgumentException.class, () -> WireConversions.toMany2one("x"));
        assertThrows(IllegalArgumentException.class, () -> WireConversions.toIds(List.of("a")));
    }

    @Test
    void datesAndDatetimesAreUtcBothWays() {
        assertEquals(LocalDate.of(2026, 12, 31), WireConversions.toDate("2026-12-31"));
        assertEquals(LocalDateTime.of(2026, 11, 30, 9, 15), WireConversions.toDateTime("2026-11-30 09:15:00"));
        assertEquals(Instant.parse("2026-11-30T09:15:00Z"), WireConversions.toInstant("2026-11-30 09:15:00"));
        assertEquals("2026-12-31", WireConversions.toWire(LocalDate.of(2026, 12, 31)));
        assertEquals("2026-11-30 09:15:00", WireConversions.toWire(LocalDateTime.of(2026, 11, 30, 9, 15, 0, 999)));
        assertEquals("2026-11-30 09:15:00", WireConversions.toWire(Instant.parse("2026-11-30T09:15:00Z")));
        assertEquals("2026-11-30 09:15:00",
                WireConversions.toWire(OffsetDateTime.of(2026, 11, 30, 10, 15, 0, 0, ZoneOffset.ofHours(1))));
        assertThrows(IllegalArgumentException.class, () -> WireConversions.toDate("31/12/2026"));
        assertThrows(IllegalArgumentException.class, () -> WireConversions.toDateTime("yesterday"));
    }

    @Test
    void binariesAreBase64Strings() {
        byte[] bytes = "hello".getBytes(StandardCharsets.UTF_8);
        assertEquals("aGVsbG8=", WireConversions.toWire(bytes));
        assertArrayEquals(bytes, WireConversions.toBinary("aGVsbG8="));
        assertArrayEquals(bytes, WireConversions.toBinary("aGVs\nbG8="), "line breaks are tolerated");
    }

    @Test
    void numbersAreNormalised() {
        assertEquals(5L, WireConversions.toWire(5));
        assertEquals(5L, WireConversions.toWire((short) 5));
        assertEquals(2.5, WireConversions.toWire(2.5f));
        assertEquals(0.1, WireConversions.toWire(new BigDecimal("0.1")));
        assertEquals(1L << 40, WireConversions.toWire(BigInteger.ONE.shiftLeft(40)));
        assertThrows(IllegalArgumentException.class, () -> WireConversions.toWire(BigInteger.ONE.shiftLeft(64)));
        assertEquals(new BigDecimal("50.8503"), WireConversions.toBigDecimal(50.8503));
    }

    @Test
    void containersAndWireValues() {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("b", null);
        map.put("a", List.of(1, Domain.leaf("x", "=", 1)));
        map.put("m", new Many2one(7, "Seven"));
        Object wire = WireConversions.toWire(map);
        assertEquals("{b=false, a=[1, [[x, =, 1]]], m=7}", wire.toString(), "order kept, null as false");
        assertEquals(List.of(1L, 2L), WireConversions.toWire(new long[] {1, 2}));
        assertEquals(List.of("a", false), WireConversions.toWire(Arrays.asList("a", null)));
    }

    @Test
    void unsupportedTypesAreRefusedClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WireConversions.toWire(new Object()));
        assertTrue(e.getMessage().contains("java.lang.Object"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WireConversions.toWire(Thread.State.NEW));
    }
}
