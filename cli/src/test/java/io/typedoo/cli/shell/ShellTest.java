package io.typedoo.cli.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.cli.CliRunner;
import io.typedoo.cli.command.ShellCommand;
import io.typedoo.client.OdooClient;
import io.typedoo.domain.Domain;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Parser;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell against the embedded server: completion of model, field and Java names, and a whole run of the shell;
 * here with the admin's password against Odoo 18, in {@link ShellJson2Test} with an API key over JSON-2 against
 * Odoo 19. Record ids and counts are looked up, since the two versions' demo data differ.
 */
@OdooTest
class ShellTest {

    @TempDir
    static Path dir;

    private static Terminal terminal;
    private static JavaShell shell;
    private static String secretVariable;
    private static String secret;
    private static String odooVersion;
    private static long companies;
    private static long woodCorner;
    private static long ronGibson;
    private static long openWood;

    @BeforeAll
    static void open(OdooClient odoo, OdooTestServer server) throws Exception {
        boolean json2 = server.odooVersion() >= 19;
        secretVariable = json2 ? "TYPEDOO_API_KEY" : "TYPEDOO_PASSWORD";
        secret = json2 ? OdooTestServer.ADMIN_API_KEY : OdooTestServer.ADMIN;
        odooVersion = odoo.version().serverVersion();
        companies = odoo.model("res.partner").count(Domain.leaf("is_company", "=", true));
        woodCorner = partner(odoo, "Wood Corner");
        ronGibson = partner(odoo, "Ron Gibson");
        openWood = partner(odoo, "OpenWood");
        terminal = new DumbTerminal("test", Terminal.TYPE_DUMB, new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8);
        shell = new JavaShell(odoo, terminal, dir.resolve("history"));
    }

    private static long partner(OdooClient odoo, String name) {
        return odoo.model("res.partner").search(Domain.leaf("name", "=", name)).get(0);
    }

    @AfterAll
    static void close() throws Exception {
        shell.close();
        terminal.close();
    }

    private static ShellCompleter.Completion complete(String line) {
        return shell.completer().complete(line, line.length());
    }

    @Test
    void modelNamesInModelCalls() {
        ShellCompleter.Completion c = complete("model(\"res.pa");
        assertEquals(7, c.anchor());
        assertEquals(List.of("res.partner", "res.partner.category", "res.partner.title"), c.candidates());
        assertEquals(List.of("todo.task", "todo.task.tag"), complete("var m = models(\"todo").candidates());
    }

    @Test
    void fieldNamesInStringsAfterAModel() {
        assertEquals(List.of("name"), complete("model(\"res.partner\").read(List.of(9L), \"nam").candidates());
        ShellCompleter.Completion inDomain = complete(
                "model(\"res.partner\").count(domain(\"[('is_comp");
        assertEquals(List.of("is_company"), inDomain.candidates());
        assertTrue(complete("model(\"todo.task\").searchRead(Domain.all(), \"").candidates()
                .containsAll(List.of("date_deadline", "is_done", "tag_ids")));
        assertEquals(List.of(), complete("model(\"no.such.model\").read(ids, \"na").candidates());
    }

    @Test
    void javaNamesAsJShellCompletesThem() {
        assertTrue(complete("client.mod").candidates().contains("model("), complete("client.mod").toString());
        assertTrue(complete("model(\"res.partner\").sea").candidates().containsAll(List.of("search(", "searchRead(")));
    }

    @Test
    void jlineReplacesTheWholeWordItParsed() {
        Parser parser = shell.reader().getParser();
        String line = "client.mod";
        List<Candidate> candidates = new ArrayList<>();
        shell.completer().complete(shell.reader(), parser.parse(line, line.length(), Parser.ParseContext.COMPLETE),
                candidates);
        assertTrue(candidates.stream().anyMatch(c -> c.value().equals("client.model(")), candidates.toString());

        String partial = "model(\"res.partner.ca";
        List<Candidate> models = new ArrayList<>();
        shell.completer().complete(shell.reader(),
                parser.parse(partial, partial.length(), Parser.ParseContext.COMPLETE), models);
        assertEquals(List.of("res.partner.category"), models.stream().map(Candidate::value).toList());
        assertTrue(!models.get(0).complete(), "no space after a name inside a string");
    }

    private static String session(OdooTestServer server, String... lines) {
        String script = String.join("\n", lines) + "\n/exit\n";
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        CliRunner.Result result = new CliRunner(dir).variable(secretVariable, secret)
                .shellStreams(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), output)
                .run("shell", "--server", server.url(), "-d", "demo");
        assertEquals(0, result.exitCode(), result.toString());
        String screen = output.toString(StandardCharsets.UTF_8);
        return screen.substring(screen.indexOf(JavaShell.usage()) + JavaShell.usage().length());
    }

    @Test
    void theEverydayErpPeekSessionIsShort(OdooTestServer server) {
        String screen = session(server,
                "ResPartner.count(\"[('is_company','=',True)]\")",
                "var p = ResPartner.browse(" + ronGibson + ")",
                "p.get(\"parent_id.name\")",
                "p.write(\"email\", \"ron@wood.example\")",
                "p.get(\"email\")",
                "var t = TodoTask.create(Map.of(\"name\", \"Call Ron\"))",
                "TodoTask.browse(t).call(\"do_toggle_done\")",
                "TodoTask.browse(t).get(\"is_done\")",
                "model(\"res.partner\").read(List.of(" + woodCorner + ", " + ronGibson + "), \"name\").size()",
                "ResPartner.browse(" + woodCorner + ", " + ronGibson + ").get(\"name\")",
                "ResPartner.browse(" + woodCorner + ").get(\"category_id.name\")",
                "ResPartner.browse(\"[('name','ilike','wood')]\").ids()",
                "p.get(\"name.x\")");
        assertTrue(screen.contains("$1 ==> " + companies + "\n"), screen);
        assertTrue(screen.contains("p ==> res.partner(" + ronGibson + ")\n"), screen);
        assertTrue(screen.contains("$2 ==> \"Wood Corner\"\n"), screen);
        assertTrue(screen.contains("==> \"ron@wood.example\"\n"), screen);
        assertTrue(screen.contains("==> true\n"), "the method ran and the task is done: " + screen);
        assertTrue(screen.contains("==> 2\n"), "int ids: " + screen);
        assertTrue(screen.contains("==> [Wood Corner, Ron Gibson]\n"), screen);
        assertTrue(screen.contains("==> [" + openWood + ", " + woodCorner + "]\n"), screen);
        assertTrue(screen.contains("name of res.partner is a char field, not a relation"), screen);
    }

    @Test
    void errorsSayWhatAndWhere(OdooTestServer server) {
        String screen = session(server,
                "undefinedVar + 1",
                "ResPartner.count(\"[('name' 'ilike' 'wood')]\")",
                "ResPartner.count(\"[('nme','=','x')]\")",
                "String s = 1;");
        assertTrue(screen.contains("Error: cannot find symbol\n    symbol:   variable undefinedVar\n"
                + "undefinedVar + 1\n^----------^\n"), screen);
        assertTrue(screen.contains("Malformed domain (a local parse error; nothing was sent): Expected ','"), screen);
        assertTrue(screen.contains("Odoo error: Invalid field res.partner.nme"), screen);
        assertTrue(screen.contains("Error: incompatible types: int cannot be converted to java.lang.String\n"
                + "String s = 1;\n           ^\n"), screen);
    }

    @Test
    void jshellCommandsWorkOnTheSnippetsTyped(OdooTestServer server) throws Exception {
        Path saved = dir.resolve("session.jsh");
        Path script = dir.resolve("more.jsh");
        Files.writeString(script, "int more = kept * 2;\nmore + 1\n");
        String screen = session(server,
                "int kept = 42",
                "String twice(String s) { return s + s; }",
                "record Pair(int a, int b) {}",
                "import java.math.BigDecimal;",
                "/vars",
                "/methods",
                "/types",
                "/imports",
                "/list",
                "/save " + saved,
                "/open " + script,
                "/drop kept",
                "/vars",
                "/history");
        assertTrue(screen.contains("    int kept = 42\n"), screen);
        assertTrue(screen.contains("    twice(String)String\n"), screen);
        assertTrue(screen.contains("    Pair\n"), screen);
        assertTrue(screen.contains("    import java.math.BigDecimal\n"), screen);
        assertTrue(screen.lines().anyMatch(l -> l.matches("(typedoo> )? +\\d+ : int kept = 42;")), screen);
        assertTrue(!screen.contains("typedoo$"), "the shell's set-up stays out of /list: " + screen);
        assertEquals(List.of("int kept = 42;", "String twice(String s) { return s + s; }",
                "record Pair(int a, int b) {}", "import java.math.BigDecimal;"), Files.readAllLines(saved));
        assertTrue(screen.contains("more ==> 84\n") && screen.contains("==> 85\n"), screen);
        assertTrue(screen.contains("Dropped kept\n"), screen);
        assertEquals(1, screen.lines().filter(l -> l.endsWith("    int kept = 42")).count(), "dropped: " + screen);
        assertTrue(screen.contains("\n/drop kept\n"), "/history lists the lines: " + screen);
    }

    @Test
    void aWholeShellThroughTheCommand(OdooTestServer server) throws Exception {
        String script = String.join("\n",
                "models(\"todo\")",
                "model(\"res.partner\").count(domain(\"[('name','ilike','wood')]\"))",
                "model(\"no.such.model\").count()",
                "var rows = model(\"res.partner\").read(List.of(" + woodCorner + "L), \"name\")",
                "rows.get(0).getString(\"name\")",
                "int x = 1 +",
                "  2;",
                "x * 2",
                "undefinedThing(1);",
                "throw new IllegalStateException(\"boom\");",
                "client.database()",
                "/nonsense",
                "/exit",
                "");
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        CliRunner.Result result = new CliRunner(dir).variable("TYPEDOO_PASSWORD", "admin")
                .shellStreams(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), output)
                .run("shell", "--server", server.url(), "-d", "demo", "--protocol", "jsonrpc");
        assertEquals(0, result.exitCode(), result.toString());
        String screen = output.toString(StandardCharsets.UTF_8);
        assertTrue(screen.startsWith("typedoo shell: Java (JShell) as admin on " + server.url()), screen);
        assertTrue(screen.contains("database demo (Odoo " + odooVersion + ")"), screen);
        assertTrue(screen.contains(JavaShell.usage()), "the first screen lists the usage: " + screen);
        assertTrue(screen.contains("$1 ==> [todo.task, todo.task.tag]"), screen);
        assertTrue(screen.contains("$2 ==> 2"), screen);
        assertTrue(screen.lines().anyMatch(l -> l.contains("Odoo error: ") && l.contains("no.such.model")), screen);
        assertTrue(screen.contains("==> \"Wood Corner\""), screen);
        assertTrue(screen.contains("x ==> 3") && screen.contains(JavaShell.CONTINUATION_PROMPT), screen);
        assertTrue(screen.contains("==> 6"), screen);
        assertTrue(screen.contains("Error: cannot find symbol\n    symbol:   method undefinedThing(int)\n"
                + "undefinedThing(1);\n^------------^\n"), "JShell's whole diagnostic, with the caret: " + screen);
        assertTrue(screen.contains("Exception java.lang.IllegalStateException: boom"), screen);
        assertTrue(screen.contains("==> \"demo\""), screen);
        assertTrue(screen.contains("Unknown command /nonsense"), screen);

        String history = Files.readString(dir.resolve(ShellCommand.HISTORY_FILE));
        assertTrue(history.contains("models(\"todo\")") && history.contains("client.database()"), history);
    }
}
