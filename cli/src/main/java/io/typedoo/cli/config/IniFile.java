package io.typedoo.cli.config;

import io.typedoo.cli.CliException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An INI document as Python's {@code configparser} (and so ERPpeek's {@code erppeek.ini}) reads it: {@code [section]}
 * headers, {@code key = value} or {@code key: value} lines, comments starting with {@code #} or {@code ;}, and a
 * {@code [DEFAULT]} section whose keys every other section inherits. Keys are case-insensitive.
 */
public final class IniFile {

    /** The section whose keys every other section inherits. */
    public static final String DEFAULT_SECTION = "DEFAULT";

    private final Map<String, Map<String, String>> sections;

    private IniFile(Map<String, Map<String, String>> sections) {
        this.sections = sections;
    }

    /**
     * Parses INI text.
     *
     * @param source names the file in error messages
     * @throws CliException (usage) on a line that is neither a header, a key/value pair nor a comment
     */
    public static IniFile parse(String text, String source) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]") || line.length() < 3) {
                    throw error(source, i, "a section header must look like [name]");
                }
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1).strip(),
                        k -> new LinkedHashMap<>());
                continue;
            }
            int eq = separator(line);
            if (eq <= 0) {
                throw error(source, i, "expected 'key = value'");
            }
            if (current == null) {
                throw error(source, i, "a key must come after a [section] header");
            }
            current.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), line.substring(eq + 1).strip());
        }
        return new IniFile(sections);
    }

    private static int separator(String line) {
        int eq = line.indexOf('=');
        int colon = line.indexOf(':');
        if (eq < 0) {
            return colon;
        }
        return colon < 0 ? eq : Math.min(eq, colon);
    }

    private static CliException error(String source, int lineIndex, String what) {
        return CliException.usage("Cannot read " + source + " line " + (lineIndex + 1) + ": " + what);
    }

    /** The names of the sections, in file order, without {@code DEFAULT}. */
    public Set<String> sectionNames() {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>(sections);
        copy.remove(DEFAULT_SECTION);
        return Collections.unmodifiableSet(copy.keySet());
    }

    /** True if the file has this section (not counting {@code DEFAULT}). */
    public boolean hasSection(String name) {
        return !name.equals(DEFAULT_SECTION) && sections.containsKey(name);
    }

    /** A key of a section, falling back to {@code DEFAULT}; null when neither has it. */
    public @Nullable String get(String section, String key) {
        String k = key.toLowerCase(Locale.ROOT);
        Map<String, String> own = sections.getOrDefault(section, Map.of());
        if (own.containsKey(k)) {
            return own.get(k);
        }
        return sections.getOrDefault(DEFAULT_SECTION, Map.of()).get(k);
    }
}
