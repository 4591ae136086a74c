package io.typedoo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DomainPrinterTest {

    @Test
    void printsPythonLiterals() {
        Domain d = Domain.leaf("name", "ilike", "it's").or(Domain.leaf("date", "<", LocalDate.of(2026, 12, 31)).not())
                .and(Domain.leaf("id", "in", List.of(1, 2)));
        assertEquals("['&', '|', ('name', 'ilike', 'it\\'s'), '!', ('date', '<', '2026-12-31'), ('id', 'in', [1, 2])]",
                d.toString());
    }

    @Test
    void printsBooleansFloatsAndEscapes() {
        assertEquals("[('a', '=', True), ('b', '=', False), ('c', '=', 2.5), ('d', '=', 'x\\ny\\t\\\\\\x01')]",
                Domain.and(Domain.leaf("a", "=", true), Domain.leaf("b", "=", null), Domain.leaf("c", "=", 2.5),
                        Domain.leaf("d", "=", "x\ny\t\\\u0001")).toString().replace("'&', '&', '&', ", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[]",
        "[('name', 'ilike', 'wood')]",
        "['|', ('name', 'ilike', 'wood'), '!', ('email', '!=', False)]",
        "[('a', 'in', [1, 2, 3]), ('b', 'not in', ['x', 'y'])]",
        "[('a', '=', 'quote \\' and backslash \\\\ and newline \\n')]",
        "[('a', '=', -1.5e-07), ('b', '>', 1099511627776), ('c', '=', {'k': [True]})]",
        "['&', '!', ('a', '=', 1), '|', ('b', '=', 2), ('c', 'child_of', 3)]",
        "[('partner_id', 'any', [('name', '=', 'x')])]"})
    void roundTripsWithTheParser(String text) {
        Domain parsed = Domain.parse(text);
        assertEquals(parsed, Domain.parse(parsed.toString()));
        assertEquals(parsed.toString(), Domain.parse(parsed.toString()).toString());
    }
}
