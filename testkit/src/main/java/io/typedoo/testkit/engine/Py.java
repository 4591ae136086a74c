package io.typedoo.testkit.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Python's view of normalised values: truthiness, {@code repr()} (for error texts) and integer coercion. */
final class Py {

    private Py() {
    }

    /** Python truthiness: None, False, 0, 0.0, "" and empty collections are false. */
    static boolean truthy(@Nullable Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    /** Whether the value is Odoo's "empty": None or False. */
    static boolean isFalse(@Nullable Object value) {
        return value == null || Boolean.FALSE.equals(value);
    }

    /** An integer argument (Long, Integer, or a Double without a fraction, as Python would accept it). */
    static long toLong(@Nullable Object value, String what) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return d.longValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw OdooError.typeError(what + " must be an integer, not " + typeName(value) + ": " + repr(value));
    }

    /** Ids from an id or a list of ids (as record methods receive them). */
    static List<Long> toIds(@Nullable Object value) {
        List<Long> ids = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                ids.add(toLong(item, "a record id"));
            }
        } else if (Py.truthy(value)) {
            ids.add(toLong(value, "a record id"));
        }
        return ids;
    }

    /** Whether the value could be an id or list of ids (the first argument of a record method). */
    static boolean looksLikeIds(@Nullable Object value) {
        if (value instanceof Long || value instanceof Integer) {
            return true;
        }
        if (value instanceof List<?> list) {
            return list.stream().allMatch(v -> v instanceof Long || v instanceof Integer
                    || (v instanceof Double d && d == Math.rint(d)));
        }
        return false;
    }

    static String typeName(@Nullable Object value) {
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Long || value instanceof Integer) {
            return "int";
        }
        if (value instanceof Double) {
            return "float";
        }
        if (value instanceof String) {
            return "str";
        }
        if (value instanceof List) {
            return "list";
        }
        if (value instanceof Map) {
            return "dict";
        }
        return value.getClass().getSimpleName();
    }

    /** Python's {@code repr()} of a normalised value; lists given as leaves print as tuples when asked. */
    static String repr(@Nullable Object value) {
        StringBuilder out = new StringBuilder();
        repr(value, out);
        return out.toString();
    }

    /** A domain leaf as Python prints the tuple Odoo builds from it: {@code ('name', 'ilike', 'x')}. */
    static String reprTuple(List<?> items) {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            repr(items.get(i), out);
        }
        if (items.size() == 1) {
            out.append(',');
        }
        return out.append(')').toString();
    }

    private static void repr(@Nullable Object value, StringBuilder out) {
        if (value == null) {
            out.append("None");
        } else if (value instanceof Boolean b) {
            out.append(b ? "True" : "False");
        } else if (value instanceof Double d) {
            out.append(d == Math.rint(d) && Math.abs(d) < 1e16 ? String.valueOf(d.longValue()) + ".0"
                    : String.valueOf(d));
        } else if (value instanceof Number n) {
            out.append(n);
        } else if (value instanceof String s) {
            out.append(PythonText.stringRepr(s));
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                repr(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                repr(e.getKey(), out);
                out.append(": ");
                repr(e.getValue(), out);
            }
            out.append('}');
        } else {
            out.append(value);
        }
    }
}
