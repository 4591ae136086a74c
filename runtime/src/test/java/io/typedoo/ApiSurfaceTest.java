package io.typedoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README's "The API at a glance" lists every public type of the runtime's and the annotations' packages, and
 * nothing that is not there; {@code io.typedoo.internal} packages hold no type the table lists.
 */
class ApiSurfaceTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public (?:(?:abstract|final|sealed|non-sealed) )*(?:class|interface|record|enum|@interface) (\\w+)",
            Pattern.MULTILINE);
    private static final Pattern NAME = Pattern.compile("`([A-Z]\\w*)`");

    @Test
    void theReadmeTableListsExactlyThePublicTypes() throws IOException {
        Map<String, Set<String>> listed = table();
        for (Map.Entry<String, Set<String>> row : listed.entrySet()) {
            String pkg = row.getKey();
            Set<String> actual = publicTypes(pkg);
            Set<String> expected = new TreeSet<>(row.getValue());
            if (pkg.equals("io.typedoo.error")) {
                // "OdooException and its subclasses": each unlisted public type must be an Odoo...Exception.
                for (String type : actual) {
                    if (!expected.contains(type)) {
                        assertTrue(type.matches("Odoo\\w+Exception"), type + " in " + pkg + " is not listed");
                        expected.add(type);
                    }
                }
            }
            assertEquals(expected, actual, "README's API table, row " + pkg);
        }
        assertEquals(Set.of("io.typedoo.annotations", "io.typedoo.client", "io.typedoo.typed", "io.typedoo.untyped",
                "io.typedoo.domain", "io.typedoo.value", "io.typedoo.error"), listed.keySet());
        for (String internal : new String[] {"io.typedoo.internal.record", "io.typedoo.internal.transport"}) {
            for (Set<String> types : listed.values()) {
                for (String type : publicTypes(internal)) {
                    assertTrue(!types.contains(type), type + " is internal but listed as API");
                }
            }
        }
    }

    /** Package to the type names its rows list. */
    private static Map<String, Set<String>> table() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("## The API at a glance");
        assertTrue(start >= 0, "README has no API table");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 5));
        Map<String, Set<String>> rows = new LinkedHashMap<>();
        for (String line : section.split("\n")) {
            Matcher pkg = Pattern.compile("^\\| `(io\\.typedoo\\.[a-z.]+)`[^|]*\\| ([^|]*)\\|").matcher(line);
            if (pkg.find()) {
                Set<String> names = rows.computeIfAbsent(pkg.group(1), k -> new TreeSet<>());
                Matcher name = NAME.matcher(pkg.group(2));
                while (name.find()) {
                    names.add(name.group(1));
                }
            }
        }
        return rows;
    }

    private static Set<String> publicTypes(String pkg) throws IOException {
        String module = pkg.equals("io.typedoo.annotations") ? "annotations" : "runtime";
        Path dir = ROOT.resolve(module).resolve("src/main/java").resolve(pkg.replace('.', '/'));
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = PUBLIC_TYPE.matcher(Files.readString(file));
                if (m.find()) {
                    types.add(m.group(1));
                }
            }
        }
        return types;
    }
}
