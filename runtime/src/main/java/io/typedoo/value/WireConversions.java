package io.typedoo.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Conversions between Odoo's wire values and Java values, the same for XML-RPC and JSON-RPC.
 *
 * <p>Reading ({@code fromWire} direction): Odoo sends {@code false} for an empty non-boolean field, so every reader
 * here except {@link #toBoolean} turns {@code false} (and a missing value) into {@code null} or an empty list.
 * Dates are {@code YYYY-MM-DD} strings, datetimes {@code YYYY-MM-DD HH:MM:SS} strings in UTC, binaries base64
 * strings, many2one values {@code [id, "name"]} pairs, x2many values lists of ids.
 *
 * <p>Writing ({@link #toWire}): the inverse, plus the Java number types folded into {@code Long} and {@code Double},
 * and {@code null} sent as {@code false} (Odoo's XML-RPC has no nil).
 *
 * <p>Values of an unexpected shape are refused with an {@link IllegalArgumentException} that says what was expected
 * and what came.
 */
public final class WireConversions {

    /** Odoo's date format, {@code 2026-12-31}. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    /** Odoo's datetime format, {@code 2026-11-30 09:15:00}, always UTC. */
    public static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private WireConversions() {
    }

    /** {@code null} for Odoo's {@code false} (an empty non-boolean field), else the value itself. */
    public static @Nullable Object emptyToNull(@Nullable Object raw) {
        return Boolean.FALSE.equals(raw) ? null : raw;
    }

    /** A char, text, html or selection value; {@code null} when empty. */
    public static @Nullable String toStringValue(@Nullable Object raw) {
        Object v = emptyToNull(raw);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw unexpected("a string", raw);
    }

    /** An integer value; {@code null} when empty. Accepts doubles without a fraction (JSON may send {@code 9.0}). */
    public static @Nullable Long toLong(@Nullable Object raw) {
        Object v = emptyToNull(raw);
        if (v == null) {
            return null;
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 0x1p53) {
            return d.longValue();
        }
        throw unexpected("an integer", raw);
    }

    /** A float or monetary value; {@code null} when empty. */
    public static @Nullable Double toDouble(@Nullable Object raw) {
        Object v = emptyToNull(raw);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw unexpected("a number", raw);
    }

    /** A float or monetary value as a decimal, from its shortest text form; {@code null} when empty. */
    public static @Nullable BigDecimal toBigDecimal(@Nullable Object raw) {
        Object v = emptyToNull(raw);
        if (v == null) {
            return null;
        }
        if (v instanceof Double || v instanceof Float) {
            return BigDecimal.valueOf(((Number) v).doubleValue());
        }
        if (v instanceof Number n) {
            return BigDecimal.valueOf(n.longValue());
        }
        throw unexpected("a number", raw);
    }

    /** A boolean value; a missing value is {@code false}, as in Odoo. */
    public static boolean toBoolean(@Nullable Object raw) {
        if (raw == null) {
            return false;
        }
        if (raw instanceof Boolean b) {
            return b;
        }
        throw unexpected("a boolean", raw);
    }

    /**
     * A many2one value: {@code [id, "name"]}, or a bare id (as {@code read} with {@code load=None} sends);
     * {@code null} when empty.
     */
    public static @Nullable Many2one toMany2one(@Nullable Object raw) {
        Object v = emptyToNull(raw);
        if (v == null) {
            return null;
        }
        if (v instanceof List<?> pair && pair.size() == 2 && pair.get(0) instanceof Number) {
            Long id = toLong(pair.get(0));
            Object name = pair.get(1);
            return new Many2one(id == null ? 0 : id, name instanceof String s ? s : "");
        }
        if (v instanceof Number) {
            Long id = toLong(v);
            return new Many2one(id == null ? 0 : id, "");
        }
        throw unexpected("a many2one [id, \"name\"]", raw);
    }

    /** A one2many or many2many value (a list of ids), or the ids a search returned; empty when empty. */
    public static List<Long> toIds(@Nullable Object raw) {
        Object v = emptyToNull(raw);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw unexpected("a list of ids", raw);
        }
        List<Long> ids = new ArrayList<>(list.size());
        for (Object o : list) {
            Long id = toLong(o);
            if (id == null) {
                throw unexpected("a list of ids", raw);
            }
            ids.add(id);
        }
        return Collections.unmodifiableList(ids);
    }

    /** A date value ({@code "2026-12-31"}); {@code null} when empty. */
    public static @Nullable LocalDate toDate(@Nullable Object raw) {
        String s = toStringValue(raw);
        if (s == null) {
            return null;
        }
        try {
            // A datetime string is accepted too: Odoo sends one for date fields computed from datetimes.
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s, DATE);
        } catch (DateTimeParseException e) {
            throw unexpected("a date YYYY-MM-DD", raw);
        }
    }

    /** A datetime value ({@code "2026-11-30 09:15:00"}, UTC) as a UTC {@link LocalDateTime}; null when empty. */
    public static @Nullable LocalDateTime toDateTime(@Nullable Object raw) {
        String s = toStringValue(raw);
        if (s == null) {
            return null;
        }
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s, DATE).atStartOfDay();
            }
            // Microseconds may follow ("2026-11-30 09:15:00.123456") in some server versions.
            return LocalDateTime.parse(s.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw unexpected("a datetime YYYY-MM-DD HH:MM:SS", raw);
        }
    }

    /** A datetime value as an {@link Instant}; {@code null} when empty. */
    public static @Nullable Instant toInstant(@Nullable Object raw) {
        LocalDateTime dt = toDateTime(raw);
        return dt == null ? null : dt.toInstant(ZoneOffset.UTC);
    }

    /** A binary value (a base64 string); {@code null} when empty. */
    public static byte @Nullable [] toBinary(@Nullable Object raw) {
        String s = toStringValue(raw);
        if (s == null) {
            return null;
        }
        try {
            return Base64.getMimeDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw unexpected("a base64 string", "(" + s.length() + " characters)");
        }
    }

    /** Odoo's text of a date: {@code 2026-12-31}. */
    public static String formatDate(LocalDate date) {
        return DATE.format(date);
    }

    /** Odoo's text of a UTC datetime: {@code 2026-11-30 09:15:00} (fractions of a second are dropped). */
    public static String formatDateTime(LocalDateTime utc) {
        return DATETIME.format(utc);
    }

    /** Odoo's text of an instant, in UTC: {@code 2026-11-30 09:15:00}. */
    public static String formatInstant(Instant instant) {
        return DATETIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /**
     * {@code map} itself when its keys are strings and its values already in wire form (the common case: values
     * built by the record layer), so that a 1,000-record create is not copied once more; else a copy.
     */
    private static Map<?, ?> mapToWire(Map<?, ?> map) {
        Map<String, Object> out = null;
        int index = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Object key = e.getKey();
            Object v = e.getValue();
            Object w = toWire(v);
            if (out == null && (w != v || !(key instanceof String))) {
                out = new LinkedHashMap<>(map.size() * 2);
                int copied = 0;
                for (Map.Entry<?, ?> before : map.entrySet()) {
                    if (copied++ == index) {
                        break;
                    }
                    out.put((String) before.getKey(), before.getValue());
                }
            }
            if (out != null) {
                out.put(String.valueOf(key), w);
            }
            index++;
        }
        return out == null ? map : out;
    }

    /** {@code list} itself when its elements are already in wire form, else a copy: as {@link #mapToWire}. */
    private static List<?> listToWire(List<?> list) {
        List<Object> out = null;
        int i = 0;
        for (Object v : list) {
            Object w = toWire(v);
            if (out == null && w != v) {
                out = new ArrayList<>(list.size());
                out.addAll(list.subList(0, i));
            }
            if (out != null) {
                out.add(w);
            }
            i++;
        }
        return out == null ? list : out;
    }

    /**
     * A Java argument in the normalised wire form: {@code null} as {@code false}, every integer type as
     * {@code Long}, {@code Float} and {@code BigDecimal} as {@code Double}, dates and datetimes as Odoo's strings
     * (zoned values converted to UTC), {@code byte[]} as a base64 string, a {@link WireValue} as its wire form,
     * collections and arrays as lists, maps as insertion-ordered maps with string keys.
     *
     * @throws IllegalArgumentException for a type Odoo cannot receive
     */
    public static Object toWire(@Nullable Object value) {
        if (value == null) {
            return Boolean.FALSE;
        }
        if (value instanceof String || value instanceof Boolean || value instanceof Long || value instanceof Double) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float || value instanceof BigDecimal) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof BigInteger big) {
            if (big.bitLength() > 63) {
                throw new IllegalArgumentException("The integer " + big + " does not fit Odoo's 64-bit integers");
            }
            return big.longValue();
        }
        if (value instanceof WireValue w) {
            return toWire(w.toWire());
        }
        if (value instanceof LocalDate d) {
            return formatDate(d);
        }
        if (value instanceof LocalDateTime dt) {
            return formatDateTime(dt);
        }
        if (value instanceof Instant i) {
            return formatInstant(i);
        }
        if (value instanceof OffsetDateTime o) {
            return formatInstant(o.toInstant());
        }
        if (value instanceof ZonedDateTime z) {
            return formatInstant(z.toInstant());
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof Map<?, ?> map) {
            return mapToWire(map);
        }
        if (value instanceof List<?> list) {
            return listToWire(list);
        }
        if (value instanceof Iterable<?> items) {
            List<Object> out = new ArrayList<>();
            for (Object item : items) {
                out.add(toWire(item));
            }
            return out;
        }
        if (value instanceof Object[] array) {
            List<Object> out = new ArrayList<>(array.length);
            for (Object item : array) {
                out.add(toWire(item));
            }
            return out;
        }
        if (value instanceof long[] array) {
            List<Object> out = new ArrayList<>(array.length);
            for (long item : array) {
                out.add(item);
            }
            return out;
        }
        if (value instanceof int[] array) {
            List<Object> out = new ArrayList<>(array.length);
            for (int item : array) {
                out.add((long) item);
            }
            return out;
        }
        if (value instanceof Enum<?> e) {
            throw new IllegalArgumentException("Cannot send the enum constant " + e.getDeclaringClass().getName()
                    + "." + e.name() + " to Odoo: send its selection value as a String");
        }
        throw new IllegalArgumentException("Cannot send a value of type " + value.getClass().getName()
                + " to Odoo; use String, Long, Integer, Double, BigDecimal, Boolean, LocalDate, LocalDateTime,"
                + " Instant, byte[], List, Map or a Domain");
    }

    private static IllegalArgumentException unexpected(String expected, @Nullable Object raw) {
        String shown = String.valueOf(raw);
        if (shown.length() > 80) {
            shown = shown.substring(0, 77) + "...";
        }
        String type = raw == null ? "" : " (" + raw.getClass().getSimpleName() + ")";
        return new IllegalArgumentException("Expected " + expected + " or false, got " + shown + type);
    }
}
