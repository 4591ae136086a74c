package io.typedoo.testkit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PythonTextTest {

    @Test
    void floatsAsPythonReprWritesThem() {
        assertEquals("0.0", PythonText.floatRepr(0.0));
        assertEquals("-0.0", PythonText.floatRepr(-0.0));
        assertEquals("9.0", PythonText.floatRepr(9.0));
        assertEquals("50.8503", PythonText.floatRepr(50.8503));
        assertEquals("-4.3517", PythonText.floatRepr(-4.3517));
        assertEquals("0.1", PythonText.floatRepr(0.1));
        assertEquals("0.0001", PythonText.floatRepr(0.0001));
        assertEquals("1e-05", PythonText.floatRepr(0.00001));
        assertEquals("1.5e-07", PythonText.floatRepr(1.5e-7));
        assertEquals("123456789.0", PythonText.floatRepr(123456789.0));
        assertEquals("1000000000000000.0", PythonText.floatRepr(1e15));
        assertEquals("1e+16", PythonText.floatRepr(1e16));
        assertEquals("1.2345e+20", PythonText.floatRepr(1.2345e20));
        assertEquals("nan", PythonText.floatRepr(Double.NaN));
        assertEquals("-inf", PythonText.floatRepr(Double.NEGATIVE_INFINITY));
    }

    @Test
    void tracebacksEndAsPythonsDo() {
        String traceback = PythonText.traceback("builtins.ValueError", "Invalid leaf", "search");
        assertTrue(traceback.startsWith("Traceback (most recent call last):\n  File \""), traceback);
        assertTrue(traceback.endsWith("\nValueError: Invalid leaf\n"), traceback);
        assertEquals("odoo.exceptions.MissingError: gone", PythonText.exceptionLine("odoo.exceptions.MissingError",
                "gone"));
        assertEquals("KeyError: 'nosuchservice'", PythonText.exceptionLine("builtins.KeyError", "nosuchservice"));
        assertEquals("\"it's\"", PythonText.stringRepr("it's"));
        assertEquals("'a\\nb'", PythonText.stringRepr("a\nb"));
    }
}
