package io.typedoo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DomainParserTest {

    @Test
    void readsTheIssueExample() {
        Domain d = Domain.parse("['|', ('name','ilike','wood'), '!', ('email','!=',False)]");
        assertEquals(List.of("|", List.of("name", "ilike", "wood"), "!", List.of("email", "!=", false)), d.toWire());
        assertEquals(Domain.leaf("name", "ilike", "wood").or(Domain.leaf("email", "!=", null).not()), d);
    }

    @Test
    void readsEveryLiteral() {
        Domain d = Domain.parse("[(\"a\", '=', 1), ('b', '>=', -2.5), ('c', '=', True), ('d', '=', None),"
                + " ('e', 'in', [1, 2, 3]), ('f', 'not in', (4, 5)), ('g', '=', 1e3), ('h', 'in', ('x',)),"
                + " ('i', '=', u'\\u00e9t\\xe9'), ('j', '=', 'it\\'s \"q\"\\n'), ('k', '=', r'C:\\dir'),"
                + " ('l', '=', {'k': [1]}), ('m', '=', 1_000)]");
        List<Object> w = d.toWire();
        assertEquals(List.of("a", "=", 1L), w.get(0));
        assertEquals(List.of("b", ">=", -2.5), w.get(1));
        assertEquals(List.of("c", "=", true), w.get(2));
        assertEquals(List.of("d", "=", false), w.get(3), "None is read as False");
        assertEquals(List.of("e", "in", List.of(1L, 2L, 3L)), w.get(4));
        assertEquals(List.of("f", "not in", List.of(4L, 5L)), w.get(5));
        assertEquals(List.of("g", "=", 1000.0), w.get(6));
        assertEquals(List.of("h", "in", List.of("x")), w.get(7));
        assertEquals(List.of("i", "=", "été"), w.get(8));
        assertEquals(List.of("j", "=", "it's \"q\"\n"), w.get(9));
        assertEquals(List.of("k", "=", "C:\\dir"), w.get(10));
        assertEquals(List.of("l", "=", Map.of("k", List.of(1L))), w.get(11));
        assertEquals(List.of("m", "=", 1000L), w.get(12));
    }

    @Test
    void emptyAndTrailingCommasAndWhitespace() {
        assertTrue(Domain.parse("[]").isEmpty());
        assertTrue(Domain.parse("  [ ]  ").isEmpty());
        assertEquals(Domain.leaf("a", "=", 1), Domain.parse("[\n  ('a', '=', 1,),\n]"));
    }

    @Test
    void implicitAndOfTopLevelTerms() {
        Domain d = Domain.parse("[('a','=',1), ('b','=',2)]");
        assertEquals(List.of("&", "&", List.of("a", "=", 1L), List.of("b", "=", 2L), "!", List.of("c", "=", 3L)),
                d.and(Domain.leaf("c", "=", 3).not()).toWire());
    }

    @Test
    void errorPointsAtTheBadCharacter() {
        DomainSyntaxException e = assertThrows(DomainSyntaxException.class,
                () -> Domain.parse("[('name', '=' 'x')]"));
        assertEquals(14, e.position());
        assertEquals("Expected ',' or ')' at position 14\n  [('name', '=' 'x')]\n                ^", e.getMessage());
    }

    @Test
    void unknownOperatorPointsAtTheOperator() {
        DomainSyntaxException e = assertThrows(DomainSyntaxException.class,
                () -> Domain.parse("[('name', 'no-op', 'x')]"));
        assertEquals(10, e.position());
        assertTrue(e.getMessage().startsWith("Unknown domain operator 'no-op'"), e.getMessage());
    }

    @Test
    void missingOperandOfAnOperator() {
        DomainSyntaxException e = assertThrows(DomainSyntaxException.class,
                () -> Domain.parse("['|', ('a', '=', 1)]"));
        assertEquals(1, e.position());
        assertTrue(e.getMessage().startsWith("Operator '|' needs 2 terms after it, but only 1 follows"),
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "('a','=',1)", "[('a','=',1)", "[('a','=')]", "[('a','=',1,2)]", "['x']",
        "[(1,'=',1)]", "[('a','=',foo)]", "[('a','=','unterminated)]", "[('a','=',1)] extra", "[('a','=','\\x4')]",
        "[('a','=',1.2.3)]", "[('a','=',{1: 2})]", "['&', ('a','=',1)]", "['!']", "[,]"})
    void rejectsMalformedText(String text) {
        DomainSyntaxException e = assertThrows(DomainSyntaxException.class, () -> Domain.parse(text));
        assertTrue(e.getMessage().contains("^"), e.getMessage());
        assertTrue(e.position() >= 0 && e.position() <= text.length());
    }

    @Test
    void longLinesAreCutAroundTheError() {
        String text = "[" + "('a', '=', 1), ".repeat(20) + "('b', '=' 2)]";
        DomainSyntaxException e = assertThrows(DomainSyntaxException.class, () -> Domain.parse(text));
        String[] lines = e.getMessage().split("\n");
        assertEquals(lines[1].indexOf("2)]"), lines[2].indexOf('^'), e.getMessage());
        assertTrue(lines[1].startsWith("  ..."), e.getMessage());
    }
}
