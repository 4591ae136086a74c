package io.typedoo.cli.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShellCompleterTest {

    @Test
    void findsTheStringTheCursorIsIn() {
        assertEquals(6, ShellCompleter.openStringStart("model(\"res.pa"));
        assertEquals(-1, ShellCompleter.openStringStart("model(\"res.partner\")"));
        assertEquals(31, ShellCompleter.openStringStart("model(\"res.partner\").read(ids, \"na"));
        assertEquals(-1, ShellCompleter.openStringStart("x = \"a\\\"b\" + 'c'"));
        assertEquals(8, ShellCompleter.openStringStart("'\"' + x(\"ab"));
    }
}
