package io.typedoo.cli.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.cli.CliRunner;
import io.typedoo.cli.command.ShellCommand;
import io.typedoo.client.OdooClient;
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

/** The shell against the embedded server: completion of model, field and Java names, and a whole run of the shell. */
@OdooTest
class ShellTest {

    @TempDir
    static Path dir;

    private static Terminal terminal;
    private static JavaShell shell;

    @BeforeAll
    static void open(OdooClient odoo) throws Exception {
        terminal = new DumbTerminal("test", Terminal.TYPE_DUMB, new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8);
        shell = new JavaShell(odoo, terminal, dir.resolve("history"));
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

    @Test
    void aWholeShellThroughTheCommand(OdooTestServer server) throws Exception {
        String script = String.join("\n",
                "models(\"todo\")",
                "model(\"res.partner\").count(domain(\"[('name','ilike','wood')]\"))",
                "model(\"no.such.model\").count()",
                "var rows = model(\"res.partner\").read(List.of(9L), \"name\")",
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
        assertTrue(screen.contains("database demo (Odoo 18.0)"), screen);
        assertTrue(screen.contains(JavaShell.usage()), "the first screen lists the usage: " + screen);
        assertTrue(screen.contains("$1 ==> [todo.task, todo.task.tag]"), screen);
        assertTrue(screen.contains("$2 ==> 2"), screen);
        assertTrue(screen.lines().anyMatch(l -> l.contains("Odoo error: ") && l.contains("no.such.model")), screen);
        assertTrue(screen.contains("==> \"Wood Corner\""), screen);
        assertTrue(screen.contains("x ==> 3") && screen.contains(JavaShell.CONTINUATION_PROMPT), screen);
        assertTrue(screen.contains("==> 6"), screen);
        assertTrue(screen.contains("Error: cannot find symbol"), screen);
        assertTrue(screen.contains("Exception java.lang.IllegalStateException: boom"), screen);
        assertTrue(screen.contains("==> \"demo\""), screen);
        assertTrue(screen.contains("Unknown command /nonsense"), screen);

        String history = Files.readString(dir.resolve(ShellCommand.HISTORY_FILE));
        assertTrue(history.contains("models(\"todo\")") && history.contains("client.database()"), history);
    }
}
