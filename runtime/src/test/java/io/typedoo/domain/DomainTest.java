package io.typedoo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DomainTest {

    private final Domain a = Domain.leaf("a", Operator.EQ, 1);
    private final Domain b = Domain.leaf("b", "=", 2);

    @Test
    void combinesInPrefixNotation() {
        assertEquals(List.of("&", List.of("a", "=", 1L), List.of("b", "=", 2L)), a.and(b).toWire());
        assertEquals(List.of("|", List.of("a", "=", 1L), List.of("b", "=", 2L)), a.or(b).toWire());
        assertEquals(List.of("!", List.of("a", "=", 1L)), a.not().toWire());
        assertEquals(List.of("|", "&", List.of("a", "=", 1L), List.of("b", "=", 2L), List.of("a", "=", 1L)),
                Domain.parse("[('a','=',1), ('b','=',2)]").or(a).toWire(), "implicit and made explicit");
    }

    @Test
    void emptyDomainRules() {
        assertEquals(a, Domain.all().and(a));
        assertTrue(Domain.all().or(a).isEmpty(), "everything or a is everything");
        assertEquals(Domain.or(), Domain.all().not(), "not everything is nothing");
        assertEquals(a.and(b), Domain.and(a, b));
    }

    @Test
    void rejectsUnknownOperatorsAndBlankFields() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Domain.leaf("a", "~", 1));
        assertTrue(e.getMessage().contains("'ilike'"), "lists the valid operators: " + e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Domain.leaf(" ", "=", 1));
        assertEquals(Operator.NE, Operator.fromWire("<>"));
    }

    @Test
    void oddOperatorSpellingsReadAsOdooReadsThem() {
        Domain expected = Domain.parse("['&', '&', ('a', '!=', 1), ('b', '=', 2), ('c', 'ilike', 'x')]");
        assertEquals(expected, Domain.parse("['&', '&', ('a', '<>', 1), ('b', '==', 2), ('c', 'ILIKE', 'x')]"));
        assertEquals(expected, Domain.fromWire(List.of("&", "&", List.of("a", "<>", 1L), List.of("b", "==", 2L),
                List.of("c", "ILIKE", "x"))));
        assertEquals(Domain.leaf("a", Operator.NE, 1), Domain.leaf("a", "<>", 1));
        assertEquals(Domain.leaf("b", Operator.EQ, 2), Domain.leaf("b", "==", 2));
        assertEquals(Domain.leaf("c", Operator.ILIKE, "x"), Domain.leaf("c", "ILIKE", "x"));
        assertEquals("['&', '&', ('a', '!=', 1), ('b', '=', 2), ('c', 'ilike', 'x')]",
                Domain.parse("['&', '&', ('a', '<>', 1), ('b', '==', 2), ('c', 'ILIKE', 'x')]").toString());
    }
}
