package io.typedoo.testkit.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rule {@link RecordedJson2ExchangesTest} adds to {@link WireComparator}'s for Odoo 19's answers: record ids
 * are not compared, because the testkit's Odoo 19 demo data has Odoo 19's ids only where the recordings show them
 * (groups, for one, keep the testkit's ids in every version).
 *
 * <p>{@link #withoutIds} replaces every record id by {@code "<id>"} in both answers before they are compared: the
 * value of {@code id}, {@code uid}, {@code res_id} and of keys ending in {@code _id}, the items of keys ending in
 * {@code _ids}, the first item of an {@code [id, "name"]} pair, the value of a domain condition on an {@code _id}
 * field, and a whole answer that is a list of integers when the method answers ids ({@code search},
 * {@code create}). Counts, names and every other value are still compared.
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
}
