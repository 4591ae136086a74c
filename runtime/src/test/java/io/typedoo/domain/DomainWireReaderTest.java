package io.typedoo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DomainWireReaderTest {

    @Test
    void readsWhatOdooSends() {
        // __domain of read_group (xmlrpc/54)
        List<Object> wire = List.of("&", List.of("parent_id", "!=", false), List.of("parent_id", "=", 15L));
        Domain d = Domain.fromWire(wire);
        assertEquals(wire, d.toWire());
        assertEquals(Domain.leaf("parent_id", "!=", false).and(Domain.leaf("parent_id", "=", 15)), d);
    }

    @Test
    void acceptsArraysAndNormalisesValues() {
        Domain d = Domain.fromWire(List.<Object>of((Object) new Object[] {"id", "in", new int[] {1, 2}}));
        assertEquals(List.of(List.of("id", "in", List.of(1L, 2L))), d.toWire());
    }

    @Test
    void checksArity() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Domain.fromWire(List.of("&", List.of("a", "=", 1))));
        assertTrue(e.getMessage().startsWith("Operator '&' needs 2 terms after it, but only 1 follows (term 0"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Domain.fromWire(List.of("!")));
    }

    @Test
    void checksLeaves() {
        assertThrows(IllegalArgumentException.class, () -> Domain.fromWire(List.of(List.of("a", "="))));
        assertThrows(IllegalArgumentException.class, () -> Domain.fromWire(List.of(List.of("a", "~", 1))));
        assertThrows(IllegalArgumentException.class, () -> Domain.fromWire(List.of(List.of(1, "=", 1))));
        assertThrows(IllegalArgumentException.class, () -> Domain.fromWire(List.of("name")));
        assertThrows(IllegalArgumentException.class, () -> Domain.fromWire(List.of(42)));
    }
}
