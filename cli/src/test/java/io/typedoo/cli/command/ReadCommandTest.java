package io.typedoo.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadCommandTest {

    @Test
    void idsInTheFormsPeopleTypeThem() {
        for (String text : new String[] {"9", "9,18", "9, 18", "9 18", "[9, 18]", " [9,18,] "}) {
            assertTrue(ReadCommand.isIds(text), text);
        }
        assertEquals(List.of(9L, 18L), ReadCommand.parseIds("[9, 18]"));
        assertEquals(List.of(9L, 18L, 33L), ReadCommand.parseIds("9 18,33"));
    }

    @Test
    void domainsAreNotIds() {
        assertFalse(ReadCommand.isIds("[]"));
        assertFalse(ReadCommand.isIds("[('id','=',9)]"));
        assertFalse(ReadCommand.isIds("nine"));
    }
}
