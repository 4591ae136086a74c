package io.typedoo.testkit.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Compares an answer of the testkit with the answer Odoo 18 recorded, as value trees (maps, lists, Long,
 * Double, Boolean, String, null), and lists every difference with its path.
 *
 * <p>Everything must be equal, with these explicit exceptions and no others:
 * <ol>
 *   <li><b>Timestamps.</b> A string shaped like Odoo's datetime ({@code YYYY-MM-DD HH:MM:SS}) matches any other
 *       such string: {@code create_date}/{@code write_date} hold the server clock at recording time. The shape
 *       is still checked, so a date-only or ISO {@code T}-separated value fails.</li>
 *   <li><b>Traceback bodies.</b> A string starting with {@code Traceback (most recent call last):} matches another
 *       such string when both end with the same exception text: what follows the last {@code File "..."} frame
 *       line and its indented source lines, i.e. {@code ExceptionType: message}. Frames name Odoo's Python files,
 *       which this server does not have.</li>
 *   <li><b>Key order.</b> Maps (XML-RPC structs, JSON objects) must have the same keys with equal values, in any
 *       order, as a Python dict compares.</li>
 * </ol>
 * Integers and floats are different types here ({@code 9} does not match {@code 9.0}), and ids are compared
 * exactly: the replay starts from the same demo data and repeats the recorded creates in order.
 */
final class WireComparator {

    private static final Pattern DATETIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    private static final String TRACEBACK = "Traceback (most recent call last):";

    private final List<String> differences = new ArrayList<>();

    private WireComparator() {
    }

    /** The differences between {@code expected} and {@code actual}; empty when they match. */
    static List<String> differences(@Nullable Object expected, @Nullable Object actual) {
        WireComparator comparator = new WireComparator();
        comparator.compare("$", expected, actual);
        return comparator.differences;
    }

    private void compare(String path, @Nullable Object expected, @Nullable Object actual) {
        if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
            TreeSet<String> missing = keys(e);
            missing.removeAll(keys(a));
            TreeSet<String> extra = keys(a);
            extra.removeAll(keys(e));
            if (!missing.isEmpty()) {
                differences.add(path + ": missing keys " + missing);
            }
            if (!extra.isEmpty()) {
                differences.add(path + ": unexpected keys " + extra);
            }
            for (Map.Entry<?, ?> entry : e.entrySet()) {
                if (a.containsKey(entry.getKey())) {
                    compare(path + "." + entry.getKey(), entry.getValue(), a.get(entry.getKey()));
                }
            }
        } else if (expected instanceof List<?> e && actual instanceof List<?> a) {
            if (e.size() != a.size()) {
                differences.add(path + ": expected " + e.size() + " items " + brief(e) + ", got " + a.size() + " "
                        + brief(a));
                return;
            }
            for (int i = 0; i < e.size(); i++) {
                compare(path + "[" + i + "]", e.get(i), a.get(i));
            }
        } else if (expected instanceof String e && actual instanceof String a) {
            if (!e.equals(a) && !bothTimestamps(e, a) && !sameTraceback(e, a)) {
                differences.add(path + ": expected " + quote(e) + ", got " + quote(a));
            }
        } else if (!sameScalar(expected, actual)) {
            differences.add(path + ": expected " + typed(expected) + ", got " + typed(actual));
        }
    }

    private static boolean sameScalar(@Nullable Object expected, @Nullable Object actual) {
        return expected == null ? actual == null
                : actual != null && expected.getClass() == actual.getClass() && Objects.equals(expected, actual);
    }

    private static boolean bothTimestamps(String expected, String actual) {
        return DATETIME.matcher(expected).matches() && DATETIME.matcher(actual).matches();
    }

    private static boolean sameTraceback(String expected, String actual) {
        if (!expected.startsWith(TRACEBACK) || !actual.startsWith(TRACEBACK)) {
            return false;
        }
        String tail = exceptionText(actual);
        return !tail.isBlank() && tail.equals(exceptionText(expected));
    }

    /** What a traceback says after its last frame: the lines after the last {@code File} line and its source. */
    static String exceptionText(String traceback) {
        String[] lines = traceback.split("\n", -1);
        int last = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("  File \"")) {
                last = i;
            }
        }
        int start = last + 1;
        while (start < lines.length && lines[start].startsWith("    ")) {
            start++;                                  // the frame's source line and its ^^^^ markers
        }
        return String.join("\n", List.of(lines).subList(Math.min(start, lines.length), lines.length));
    }

    private static TreeSet<String> keys(Map<?, ?> map) {
        TreeSet<String> keys = new TreeSet<>();
        map.keySet().forEach(k -> keys.add(String.valueOf(k)));
        return keys;
    }

    private static String typed(@Nullable Object value) {
        return value == null ? "null" : value.getClass().getSimpleName() + " " + brief(value);
    }

    private static String brief(Object value) {
        String text = String.valueOf(value);
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    private static String quote(String text) {
        String shown = text.length() > 300 ? "..." + text.substring(text.length() - 300) : text;
        return "\"" + shown.replace("\n", "\\n") + "\"";
    }
}
