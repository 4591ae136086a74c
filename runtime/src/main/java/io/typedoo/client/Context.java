package io.typedoo.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An Odoo call context ({@code lang}, {@code tz}, {@code active_test}, ...): immutable; {@code with} returns a copy.
 * A client has one, and a call may add to it; the call's keys win.
 */
public final class Context {

    private static final Context EMPTY = new Context(Map.of());

    private final Map<String, Object> values;

    private Context(Map<String, Object> values) {
        this.values = values;
    }

    /** The empty context. */
    public static Context empty() {
        return EMPTY;
    }

    /** A context holding these entries. */
    public static Context of(Map<String, ?> values) {
        return EMPTY.withAll(values);
    }

    /** A copy with {@code key} set to {@code value}. */
    public Context with(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new Context(Collections.unmodifiableMap(copy));
    }

    /** A copy with every entry of {@code more} added; its keys win. */
    public Context withAll(Map<String, ?> more) {
        if (more.isEmpty()) {
            return this;
        }
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.putAll(more);
        return new Context(Collections.unmodifiableMap(copy));
    }

    /** A copy with every entry of {@code more} added; its keys win. */
    public Context withAll(Context more) {
        return withAll(more.values);
    }

    /** The user language, such as {@code en_US}. */
    public Context lang(String lang) {
        return with("lang", lang);
    }

    /** The user time zone, such as {@code Europe/Brussels}. */
    public Context tz(String tz) {
        return with("tz", tz);
    }

    /** {@code active_test}: false makes searches include archived records. */
    public Context activeTest(boolean activeTest) {
        return with("active_test", activeTest);
    }

    /** The value of {@code key}, or null. */
    public @Nullable Object get(String key) {
        return values.get(key);
    }

    /** True when there is no entry. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The entries, unmodifiable, in insertion order. */
    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Context c && c.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
