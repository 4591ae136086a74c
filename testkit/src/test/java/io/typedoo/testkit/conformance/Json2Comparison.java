package io.typedoo.testkit.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The rules {@link RecordedJson2ExchangesTest} adds to {@link WireComparator}'s for Odoo 19's answers, because
 * the recordings were made on Odoo 19's own demo database while the testkit's demo data is shaped after Odoo 18's
 * (the same records, other ids: Wood Corner is partner 8 there and 9 here).
 *
 * <ol>
 *   <li><b>Ids.</b> {@link #withoutIds} replaces every record id by {@code "<id>"} in both answers before they are
 *       compared: the value of {@code id}, {@code uid}, {@code res_id} and of keys ending in {@code _id}, the
 *       items of keys ending in {@code _ids}, the first item of an {@code [id, "name"]} pair, the value of a
 *       domain condition on an {@code _id} field, and a whole answer that is a list of integers when the method
 *       answers ids ({@code search}, {@code create}). Counts, names and every other value are still compared.</li>
 *   <li><b>Shape.</b> {@link #shapeDifferences} is for the answers listed in the test as showing Odoo 19's demo
 *       records: the same JSON kinds at the same places (objects with the same keys, lists whose items have the
 *       shape of the recorded first item, numbers, strings, booleans, null; Odoo's {@code false} for an empty
 *       field stands for any kind), not the same values.</li>
 * </ol>
 */
final class Json2Comparison {

    static final String ID = "<id>";

    private Json2Comparison() {
    }

    /** The answer with its ids replaced; {@code idsAnswer} says the method answers a list of ids. */
    static @Nullable Object withoutIds(@Nullable Object value, boolean idsAnswer) {
        if (idsAnswer && value instanceof List<?> list && list.stream().allMatch(Long.class::isInstance)) {
            return list.stream().map(item -> (Object) ID).toList();
        }
        return strip(null, value);
    }

    private static @Nullable Object strip(@Nullable String key, @Nullable Object value) {
        if (value instanceof Long && key != null && isIdKey(key)) {
            return ID;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, @Nullable Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), strip(String.valueOf(k), v)));
            return out;
        }
        if (value instanceof List<?> list) {
            if (key != null && key.endsWith("_ids") && list.stream().allMatch(Long.class::isInstance)) {
                return list.stream().map(item -> (Object) ID).toList();
            }
            if (list.size() == 2 && list.get(0) instanceof Long && list.get(1) instanceof String) {
                return List.of(ID, list.get(1));                              // [id, "display name"]
            }
            if (list.size() == 3 && list.get(0) instanceof String field && field.endsWith("_id")
                    && list.get(2) instanceof Long) {
                return List.of(field, list.get(1), ID);                       // a domain condition on a record
            }
            List<@Nullable Object> out = new ArrayList<>();
            list.forEach(item -> out.add(strip(null, item)));
            return out;
        }
        return value;
    }

    private static boolean isIdKey(String key) {
        return key.equals("id") || key.equals("uid") || key.equals("res_id") || key.endsWith("_id");
    }

    /** Where {@code actual} has not the shape of {@code expected}; empty when it has. */
    static List<String> shapeDifferences(@Nullable Object expected, @Nullable Object actual) {
        List<String> differences = new ArrayList<>();
        shape("$", expected, actual, differences);
        return differences;
    }

    private static void shape(String path, @Nullable Object expected, @Nullable Object actual, List<String> out) {
        if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
            if (!e.keySet().equals(a.keySet())) {
                out.add(path + ": keys " + e.keySet() + " expected, got " + a.keySet());
                return;
            }
            e.forEach((k, v) -> shape(path + "." + k, v, a.get(k), out));
        } else if (expected instanceof List<?> e && actual instanceof List<?> a) {
            if (!e.isEmpty() && !a.isEmpty()) {
                for (int i = 0; i < a.size(); i++) {
                    shape(path + "[" + i + "]", e.get(Math.min(i, e.size() - 1)), a.get(i), out);
                }
            }
        } else if (!Objects.equals(kind(expected), kind(actual)) && !emptyValue(expected) && !emptyValue(actual)) {
            out.add(path + ": a " + kind(expected) + " expected, got a " + kind(actual));
        }
    }

    /** Odoo's {@code false} for an empty field, which may stand where another record has a value. */
    private static boolean emptyValue(@Nullable Object value) {
        return Boolean.FALSE.equals(value);
    }

    private static String kind(@Nullable Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map) {
            return "object";
        }
        if (value instanceof List) {
            return "list";
        }
        return value.getClass().getSimpleName();
    }
}
