package io.typedoo.cli.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.cli.CliRunner;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ERPpeek-versus-typedoo table of docs/readme/cli.md: its key counts are the characters of each snippet plus
 * Enter, and the typedoo column runs in the shell against the testkit as written.
 */
@OdooTest
class ErpPeekComparisonTest {

    private static final Path GUIDE = Path.of("").toAbsolutePath().getParent().resolve("docs/readme/cli.md");
    private static final Pattern ROW = Pattern.compile(
            "^\\| ([^|]+) \\| `(.+)` \\| (\\d+) \\| `(.+)` \\| (\\d+) \\|$");
    private static final Pattern TOTAL = Pattern.compile("^\\| \\*\\*total\\*\\* \\| +\\| \\*\\*(\\d+)\\*\\* \\| +"
            + "\\| \\*\\*(\\d+)\\*\\* \\|$");

    @TempDir
    Path dir;

    private record Row(String task, String erppeek, int erppeekKeys, String typedoo, int typedooKeys) {
    }

    private static List<Row> table(List<String> lines) {
        int start = lines.indexOf("<!-- keystrokes: ErpPeekComparisonTest -->");
        assertTrue(start >= 0, "the table's marker is in " + GUIDE);
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(start + 3, lines.size())) {
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                break;
            }
            rows.add(new Row(row.group(1), row.group(2), Integer.parseInt(row.group(3)), row.group(4),
                    Integer.parseInt(row.group(5))));
        }
        return rows;
    }

    /** The keys to type a snippet: its characters, then Enter. */
    private static int keys(String snippet) {
        return snippet.length() + 1;
    }

    @Test
    void theKeyCountsAreTheSnippetsLengthsPlusEnter() throws Exception {
        List<String> lines = Files.readAllLines(GUIDE);
        List<Row> rows = table(lines);
        assertEquals(List.of("count the companies", "browse a partner", "read a relation's name", "write a field",
                "call a method"), rows.stream().map(Row::task).toList(), "the five everyday tasks");
        int erppeek = 0;
        int typedoo = 0;
        for (Row row : rows) {
            assertEquals(keys(row.erppeek()), row.erppeekKeys(), row.erppeek());
            assertEquals(keys(row.typedoo()), row.typedooKeys(), row.typedoo());
            erppeek += row.erppeekKeys();
            typedoo += row.typedooKeys();
        }
        String totalLine = lines.get(lines.indexOf("<!-- keystrokes: ErpPeekComparisonTest -->") + 3 + rows.size());
        Matcher total = TOTAL.matcher(totalLine);
        assertTrue(total.matches(), totalLine);
        assertEquals(erppeek, Integer.parseInt(total.group(1)));
        assertEquals(typedoo, Integer.parseInt(total.group(2)));
        assertTrue(typedoo <= erppeek, "as short to type as ERPpeek: " + typedoo + " vs " + erppeek);
    }

    @Test
    void theTypedooColumnRunsAsWritten(OdooTestServer server) throws Exception {
        List<String> script = new ArrayList<>();
        script.add("TodoTask.create(Map.of(\"name\", \"Call Ron\"))"); // task 1, which the last row calls
        table(Files.readAllLines(GUIDE)).forEach(row -> script.add(row.typedoo()));
        script.add("p.get(\"email\")");
        script.add("TodoTask.browse(1).get(\"is_done\")");
        script.add("/exit");
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        CliRunner.Result result = new CliRunner(dir).variable("TYPEDOO_PASSWORD", "admin")
                .shellStreams(new ByteArrayInputStream((String.join("\n", script) + "\n")
                        .getBytes(StandardCharsets.UTF_8)), output)
                .run("shell", "--server", server.url(), "-d", "demo");
        assertEquals(0, result.exitCode(), result.toString());
        String screen = output.toString(StandardCharsets.UTF_8);
        screen = screen.substring(screen.indexOf(JavaShell.usage()) + JavaShell.usage().length());
        assertFalse(screen.contains("Error") || screen.contains("Exception"), screen);
        assertTrue(screen.contains("$2 ==> 9\n"), "9 companies: " + screen);
        assertTrue(screen.contains("p ==> res.partner(18)\n"), screen);
        assertTrue(screen.contains("==> \"Wood Corner\"\n"), screen);
        assertTrue(screen.contains("==> \"ron@wood.example\"\n"), "written: " + screen);
        assertTrue(screen.contains("==> true\n"), "the method ran: " + screen);
    }
}
