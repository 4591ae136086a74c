package io.typedoo.testkit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Python's repr, as error texts quote values ("Invalid leaf ('name', 'no-op', 'x')"). */
class PyTest {

    @Test
    void reprMatchesPython() {
        assertEquals("('name', 'no-op', 'x')", Py.reprTuple(List.of("name", "no-op", "x")));
        assertEquals("(3,)", Py.reprTuple(List.of(3L)));
        assertEquals("\"it's\"", Py.repr("it's"));
        assertEquals("'say \"hi\" it\\'s'", Py.repr("say \"hi\" it's"));
        assertEquals("'a\\nb\\\\c'", Py.repr("a\nb\\c"));
        assertEquals("[1, 2.0, 2.5, True, False, None]", Py.repr(Arrays.asList(1L, 2.0, 2.5, true, false, null)));
    }

    @Test
    void truthinessAndIds() {
        assertEquals(false, Py.truthy(0L));
        assertEquals(false, Py.truthy(""));
        assertEquals(false, Py.truthy(List.of()));
        assertEquals(true, Py.truthy("0"));
        assertEquals(List.of(9L), Py.toIds(9.0));
        assertEquals(List.of(1L, 2L), Py.toIds(List.of(1L, 2L)));
        assertEquals(List.of(), Py.toIds(false));
        assertEquals("builtins.TypeError", assertThrows(OdooError.class,
                () -> Py.toIds(List.of("x"))).pythonClass());
    }
}
