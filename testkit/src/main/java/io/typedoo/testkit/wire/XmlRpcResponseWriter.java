package io.typedoo.testkit.wire;

import io.typedoo.testkit.engine.PythonText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes XML-RPC responses byte for byte as Odoo 18 does (Python's {@code xmlrpc.client} marshaller with Odoo's
 * changes): the {@code <?xml version="1.0"?>} prolog, {@code <int>} for every integer, {@code <boolean>0|1},
 * {@code <double>} in Python's float repr, escaped {@code <string>}s without XML-illegal control characters, one
 * element per line, and the blank line before {@code </methodResponse>}.
 *
 * <p>As in Odoo, marshalling is strict: {@code null} anywhere in a result is Python's {@code None}, which Odoo's
 * marshaller refuses ({@code allow_none=False}), and an integer outside the signed 32-bit range is refused as
 * Python refuses it. Both raise {@link RpcError}, which the endpoint turns into fault 1.
 *
 * <p>Public so that benchmarks and tests can build fixed answers exactly as Odoo writes them.
 */
public final class XmlRpcResponseWriter {

    private static final String PROLOG = "<?xml version=\"1.0\"?>\n<methodResponse>\n";
    private static final String EPILOG = "\n</methodResponse>\n";

    private XmlRpcResponseWriter() {
    }

    /** A successful response with one result value. */
    public static String result(@Nullable Object result) {
        StringBuilder out = new StringBuilder(256).append(PROLOG).append("<params>\n<param>\n");
        value(out, result);
        return out.append("</param>\n</params>\n").append(EPILOG).toString();
    }

    /** A fault with an integer code, as {@code /xmlrpc/2} sends. */
    static String fault(int code, String faultString) {
        StringBuilder out = faultStart();
        intValue(out, code);
        return faultEnd(out, faultString);
    }

    /** A fault with a string code, as the legacy {@code /xmlrpc/<service>} endpoints send. */
    static String legacyFault(String code, String faultString) {
        StringBuilder out = faultStart();
        string(out, code);
        return faultEnd(out, faultString);
    }

    private static StringBuilder faultStart() {
        return new StringBuilder(512).append(PROLOG)
                .append("<fault>\n<value><struct>\n<member>\n<name>faultCode</name>\n");
    }

    private static String faultEnd(StringBuilder out, String faultString) {
        out.append("</member>\n<member>\n<name>faultString</name>\n");
        string(out, faultString);
        return out.append("</member>\n</struct></value>\n</fault>\n").append(EPILOG).toString();
    }

    private static void value(StringBuilder out, @Nullable Object value) {
        if (value == null) {
            throw RpcError.server("builtins.TypeError", "cannot marshal None unless allow_none is enabled", "dumps");
        } else if (value instanceof Boolean b) {
            out.append("<value><boolean>").append(b ? '1' : '0').append("</boolean></value>\n");
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            BigInteger big = new BigInteger(value.toString());
            if (big.bitLength() > 31) {
                throw RpcError.server("builtins.OverflowError", "int exceeds XML-RPC limits", "dumps");
            }
            intValue(out, big.intValue());
        } else if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            out.append("<value><double>").append(PythonText.floatRepr(((Number) value).doubleValue()))
                    .append("</double></value>\n");
        } else if (value instanceof CharSequence text) {
            string(out, text.toString());
        } else if (value instanceof List<?> list) {
            out.append("<value><array><data>\n");
            for (Object item : list) {
                value(out, item);
            }
            out.append("</data></array></value>\n");
        } else if (value instanceof Map<?, ?> map) {
            out.append("<value><struct>\n");
            for (Map.Entry<?, ?> member : map.entrySet()) {
                if (!(member.getKey() instanceof String name)) {
                    throw RpcError.server("builtins.TypeError", "dictionary key must be string", "dumps");
                }
                out.append("<member>\n<name>");
                escape(out, name);
                out.append("</name>\n");
                value(out, member.getValue());
                out.append("</member>\n");
            }
            out.append("</struct></value>\n");
        } else {
            throw RpcError.server("builtins.TypeError",
                    "cannot marshal <class '" + value.getClass().getName() + "'> objects", "dumps");
        }
    }

    private static void intValue(StringBuilder out, int value) {
        out.append("<value><int>").append(value).append("</int></value>\n");
    }

    private static void string(StringBuilder out, String text) {
        out.append("<value><string>");
        escape(out, text);
        out.append("</string></value>\n");
    }

    /**
     * Escapes {@code & < >} as Python does and drops the control characters XML 1.0 forbids (all below 32 but
     * tab, newline and carriage return), as Odoo's marshaller does so that clients do not break.
     */
    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\t', '\n', '\r' -> out.append(c);
                default -> {
                    if (c >= 32) {
                        out.append(c);
                    }
                }
            }
        }
    }
}
