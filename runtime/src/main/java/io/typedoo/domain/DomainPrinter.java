package io.typedoo.domain;

import java.util.List;
import java.util.Map;

/**
 * Writes a domain as the Python literal Odoo shows and {@link DomainParser} reads:
 * {@code ['|', ('name', 'ilike', 'wood'), '!', ('email', '!=', False)]}. Leaves are tuples, values inside them
 * lists; strings use single quotes with Python escapes.
 */
final class DomainPrinter {

    private DomainPrinter() {
    }

    static String print(List<Object> terms) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Object term = terms.get(i);
            if (term instanceof List<?> leaf) {
                sb.append('(');
                for (int j = 0; j < leaf.size(); j++) {
                    if (j > 0) {
                        sb.append(", ");
                    }
                    value(sb, leaf.get(j));
                }
                sb.append(')');
            } else {
                value(sb, term);
            }
        }
        return sb.append(']').toString();
    }

    private static void value(StringBuilder sb, Object value) {
        if (value instanceof String s) {
            string(sb, s);
        } else if (value instanceof Boolean b) {
            sb.append(b ? "True" : "False");
        } else if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                sb.append("float('").append(d.isNaN() ? "nan" : d > 0 ? "inf" : "-inf").append("')");
            } else {
                sb.append(d);
            }
        } else if (value instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                value(sb, list.get(i));
            }
            sb.append(']');
        } else if (value instanceof Map<?, ?> map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                string(sb, String.valueOf(e.getKey()));
                sb.append(": ");
                value(sb, e.getValue());
            }
            sb.append('}');
        } else {
            sb.append(value);
        }
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('\'');
    }
}
