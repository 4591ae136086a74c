package io.typedoo.testkit.engine;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * Text as Python writes it, where Odoo's answers and error messages show Python through: the {@code repr} of str
 * and float, and tracebacks. The engine quotes values with it in error texts; the wire writes floats and faults
 * with it.
 */
public final class PythonText {

    private PythonText() {
    }

    /**
     * A float as Python's {@code repr} writes it, which is what Odoo sends in {@code <double>} and in JSON:
     * the shortest digits that read back to the same value, {@code 0.0} rather than {@code 0}, and scientific
     * notation ({@code 1e+16}, {@code 1e-05}) outside {@code 1e-4 <= |x| < 1e16}.
     */
    public static String floatRepr(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        String sign = value < 0 ? "-" : "";
        BigDecimal decimal = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
        String digits = decimal.unscaledValue().toString();
        int exponent = digits.length() - 1 - decimal.scale();
        if (exponent >= -4 && exponent < 16) {
            String plain = decimal.toPlainString();
            return sign + (plain.indexOf('.') < 0 ? plain + ".0" : plain);
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String exp = String.format("%02d", Math.abs(exponent));
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
    }

    /**
     * A traceback in the format of Python's {@code traceback.format_exception}: the header, one frame naming the
     * RPC method the error came from, and the last line {@code ExceptionType: message}, where the type is the
     * qualified class without {@code builtins.}, as Python prints it. There is no Python source behind this
     * server, so the frame names the testkit rather than a file of Odoo's.
     */
    public static String traceback(String pythonClass, String message, String where) {
        return "Traceback (most recent call last):\n"
                + "  File \"typedoo-testkit\", line 1, in " + where + "\n"
                + exceptionLine(pythonClass, message) + "\n";
    }

    /** The last line of a traceback: {@code ValueError: msg}, {@code KeyError: 'key'}, {@code odoo.exceptions.X: msg}. */
    public static String exceptionLine(String pythonClass, String message) {
        String label = pythonClass.startsWith("builtins.") ? pythonClass.substring("builtins.".length()) : pythonClass;
        // A KeyError prints the repr of its key, as in "KeyError: 'nosuchservice'".
        String shown = label.equals("KeyError") ? stringRepr(message) : message;
        return shown.isEmpty() ? label : label + ": " + shown;
    }

    /** Python's {@code repr} of a str: single quotes unless the text holds a single quote and no double quote. */
    public static String stringRepr(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(text.length() + 2).append(quote);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == quote) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.append(quote).toString();
    }

    /**
     * Python's TypeError text when {@code function} (parameters {@code parameters}, those ending in {@code =}
     * having defaults, {@code *args} taking any number) gets {@code given} positional arguments, or null when
     * the count fits: "f() missing 2 required positional arguments: 'a' and 'b'",
     * "f() takes from 2 to 5 positional arguments but 6 were given".
     */
    public static @Nullable String argumentCountError(String function, int given, String... parameters) {
        List<String> required = new ArrayList<>();
        int max = 0;
        boolean varargs = false;
        for (String parameter : parameters) {
            if (parameter.startsWith("*")) {
                varargs = true;
            } else {
                max++;
                if (!parameter.endsWith("=")) {
                    required.add(parameter);
                }
            }
        }
        int min = required.size();
        if (given < min) {
            List<String> missing = required.subList(given, min);
            StringBuilder names = new StringBuilder();
            for (int i = 0; i < missing.size(); i++) {
                if (i > 0) {
                    names.append(i == missing.size() - 1 ? (missing.size() > 2 ? ", and " : " and ") : ", ");
                }
                names.append('\'').append(missing.get(i)).append('\'');
            }
            return function + "() missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + names;
        }
        if (!varargs && given > max) {
            String takes = min == max ? "takes " + max + " positional argument" + (max == 1 ? "" : "s")
                    : "takes from " + min + " to " + max + " positional arguments";
            return function + "() " + takes + " but " + given + (given == 1 ? " was" : " were") + " given";
        }
        return null;
    }
}
