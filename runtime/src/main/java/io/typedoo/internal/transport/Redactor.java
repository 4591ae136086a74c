package io.typedoo.internal.transport;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cleans text a server sent before it goes into an exception message or a log line: every secret the client knows
 * (the password or API key, also as XML, JSON and URL encoding would write it) is replaced by {@value #MASK}, and
 * the text is cut to a length. A server, proxy or error page that echoes the request would otherwise put the
 * password into a message. Immutable and thread-safe; {@link #toString()} never shows a secret.
 */
public final class Redactor {

    /** What replaces a secret. */
    public static final String MASK = "********";
    /** The longest message text taken from an answer (a fault string, an error page). */
    public static final int MAX_MESSAGE_CHARS = 2_000;
    /** The longest remote traceback kept. */
    public static final int MAX_TRACEBACK_CHARS = 64 * 1024;

    private static final Redactor NONE = new Redactor(List.of());

    /** The forms to replace, longest first so that no shorter form leaves part of a longer one behind. */
    private final List<String> forms;

    private Redactor(List<String> forms) {
        this.forms = forms;
    }

    /** A redactor that only cuts lengths. */
    public static Redactor none() {
        return NONE;
    }

    /** A redactor that hides each of {@code secrets} (empty ones are ignored). */
    public static Redactor hiding(Collection<String> secrets) {
        Set<String> forms = new LinkedHashSet<>();
        for (String secret : secrets) {
            if (secret == null || secret.isEmpty()) {
                continue;
            }
            forms.add(secret);
            forms.add(xmlEscaped(secret));
            forms.add(jsonEscaped(secret));
            forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
        }
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return new Redactor(List.copyOf(sorted));
    }

    /** {@code text} without secrets, cut to {@code maxChars} characters (with a note of how much was cut). */
    public String clean(String text, int maxChars) {
        String cleaned = text;
        for (String form : forms) {
            if (cleaned.contains(form)) {
                cleaned = cleaned.replace(form, MASK);
            }
        }
        if (cleaned.length() <= maxChars) {
            return cleaned;
        }
        return cleaned.substring(0, maxChars) + "... (" + (cleaned.length() - maxChars) + " more characters)";
    }

    /** {@link #clean(String, int)} for a message: at most {@link #MAX_MESSAGE_CHARS}. */
    public String message(String text) {
        return clean(text, MAX_MESSAGE_CHARS);
    }

    private static String xmlEscaped(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    private static String jsonEscaped(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '/' -> sb.append('/');
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "Redactor[" + forms.size() + " forms]";
    }
}
