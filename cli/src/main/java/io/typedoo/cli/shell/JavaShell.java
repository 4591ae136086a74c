package io.typedoo.cli.shell;

import io.typedoo.client.OdooClient;
import io.typedoo.error.OdooException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The interactive shell: a JShell whose snippets run in this JVM (JShell's local execution engine, so they
 * share typedoo's classes and the connected client), read through JLine with history and completion.
 *
 * <p>Bound in the shell: {@code client} (the {@link OdooClient}), {@code model(name)},
 * {@code models(pattern)}, {@code models()}, {@code domain(text)}, and the imports of typedoo's client, domain,
 * model and value packages and of {@code java.util}.
 */
public final class JavaShell implements AutoCloseable {

    /** The prompt of a new snippet. */
    static final String PROMPT = "typedoo> ";
    /** The prompt of a snippet's next line. */
    static final String CONTINUATION_PROMPT = "   ...> ";

    private static final System.Logger LOG = System.getLogger(JavaShell.class.getName());

    private final OdooClient client;
    private final Terminal terminal;
    private final PrintWriter out;
    private final String id = UUID.randomUUID().toString();
    private final JShell jshell;
    private final LineReader reader;
    private final ShellCompleter completer;

    /**
     * Starts JShell and binds the shell's names.
     *
     * @param historyFile where the history of every run is kept
     */
    public JavaShell(OdooClient client, Terminal terminal, Path historyFile) {
        this.client = client;
        this.terminal = terminal;
        this.out = terminal.writer();
        ShellSupport.register(id, new ShellSupport(client));
        this.jshell = JShell.builder().executionEngine("local").build();
        try {
            for (Path entry : classPath()) {
                jshell.addToClasspath(entry.toString());
            }
            bind();
        } catch (RuntimeException e) {
            jshell.close();
            ShellSupport.unregister(id);
            throw e;
        }
        this.completer = new ShellCompleter(new OdooNames(client), jshell.sourceCodeAnalysis());
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("typedoo")
                .parser(new JavaWordParser())
                .completer(completer)
                .variable(LineReader.HISTORY_FILE, historyFile)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // "!=" is Java, not history expansion
                .build();
        try {
            Files.createDirectories(historyFile.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot create the directory of " + historyFile
                    + "; the history will not be kept", e);
        }
    }

    /** The usage shown when the shell starts and on {@code /help}, as ERPpeek shows its own. */
    public static String usage() {
        return """
                Usage (some commands):
                    models("res.")                          // names of the models containing "res."
                    model("res.partner")                    // a Model: the untyped API
                    model("res.partner").fieldsGet("string", "type")      // the fields
                    model("res.partner").count(domain("[('is_company','=',True)]"))
                    model("res.partner").search(Domain.all(), SearchOptions.of().limit(5))
                    model("res.partner").read(List.of(9L), "name", "email")
                    model("res.partner").searchRead(Domain.all(), SearchOptions.of().limit(5), "name")
                    model("res.partner").create(Map.of("name", "ACME"))
                    model("res.partner").write(List.of(id), Map.of("email", "x@y.z"))
                    model("res.partner").unlink(List.of(id))
                    model("todo.task").call("do_toggle_done", List.of(List.of(id)), Map.of())
                    client.execute("res.partner", "name_search", List.of("wood"))

                Tab completes Java, model names in model("...") and field names in strings after model("...").
                /help shows this again; /exit or Ctrl-D leaves.
                """;
    }

    /** Shows the first screen, then reads and evaluates snippets until {@code /exit} or the end of input. */
    public void run() {
        out.println("typedoo shell: Java (JShell) as " + client.login() + " on " + client.url() + ", database "
                + client.database() + " (Odoo " + client.version().serverVersion() + ")");
        out.println();
        out.print(usage());
        out.flush();
        loop();
    }

    /** Reads and evaluates snippets until {@code /exit} or the end of input. */
    void loop() {
        SourceCodeAnalysis analysis = jshell.sourceCodeAnalysis();
        StringBuilder pending = new StringBuilder();
        while (true) {
            String line;
            try {
                line = reader.readLine(pending.length() == 0 ? PROMPT : CONTINUATION_PROMPT);
            } catch (UserInterruptException e) {
                pending.setLength(0); // Ctrl-C drops the snippet being typed
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            if (line.strip().startsWith("/")) {
                pending.setLength(0); // a command drops an unfinished snippet, as Ctrl-C does
                if (!command(line.strip())) {
                    break;
                }
                continue;
            }
            pending.append(line).append('\n');
            String remaining = pending.toString();
            while (!remaining.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
                if (!info.completeness().isComplete()) {
                    break;
                }
                if (info.source() != null) {
                    evaluate(info.source());
                }
                remaining = info.remaining();
            }
            pending.setLength(0);
            if (!remaining.isBlank()) {
                pending.append(remaining);
            }
        }
        out.flush();
    }

    /** Runs a {@code /command}; false when the shell should end. */
    private boolean command(String command) {
        switch (command) {
            case "/exit", "/quit" -> {
                return false;
            }
            case "/help" -> out.print(usage());
            default -> out.println("Unknown command " + command + ": try /help or /exit");
        }
        out.flush();
        return true;
    }

    private void evaluate(String source) {
        for (SnippetEvent event : jshell.eval(source)) {
            if (event.causeSnippet() != null) {
                continue; // an update of an earlier snippet, not what the user typed
            }
            Snippet snippet = event.snippet();
            if (event.status() == Snippet.Status.REJECTED) {
                jshell.diagnostics(snippet).forEach(d -> printDiagnostic(d));
            } else if (event.exception() != null) {
                printException(event.exception());
            } else if (event.value() != null && snippet instanceof VarSnippet variable) {
                out.println(variable.name() + " ==> " + event.value());
            } else if (event.value() != null && snippet instanceof ExpressionSnippet expression) {
                out.println(expression.name() + " ==> " + event.value());
            }
        }
        out.flush();
    }

    private void printDiagnostic(Diag diagnostic) {
        out.println("Error: " + diagnostic.getMessage(Locale.getDefault()).lines().findFirst().orElse(""));
    }

    private void printException(JShellException exception) {
        if (exception instanceof EvalException eval) {
            String name = eval.getExceptionClassName();
            String message = eval.getMessage();
            boolean typedoo = name.startsWith("io.typedoo.");
            out.println((typedoo ? "Odoo error: " : "Exception " + name + ": ") + (message == null ? "" : message));
        } else if (exception instanceof UnresolvedReferenceException unresolved) {
            out.println("Error: " + unresolved.getSnippet().source().strip() + " uses names not defined yet");
        } else {
            out.println("Error: " + exception.getMessage());
        }
    }

    private void bind() {
        List<String> setup = List.of(
                "import io.typedoo.client.*;",
                "import io.typedoo.domain.*;",
                "import io.typedoo.untyped.*;",
                "import io.typedoo.value.*;",
                "import java.util.*;",
                "import java.time.*;",
                "final io.typedoo.cli.shell.ShellSupport typedoo$ = io.typedoo.cli.shell.ShellSupport.forShell(\""
                        + id + "\");",
                "final OdooClient client = typedoo$.client();",
                "Model model(String name) { return client.model(name); }",
                "List<String> models(String pattern) { return typedoo$.models(pattern); }",
                "List<String> models() { return typedoo$.models(null); }",
                "Domain domain(String text) { return Domain.parse(text); }");
        for (String snippet : setup) {
            for (SnippetEvent event : jshell.eval(snippet)) {
                if (event.status() == Snippet.Status.REJECTED || event.exception() != null) {
                    String why = event.exception() != null ? String.valueOf(event.exception().getMessage())
                            : jshell.diagnostics(event.snippet()).map(d -> d.getMessage(Locale.ROOT)).toList()
                                    .toString();
                    throw new IllegalStateException("The shell could not set up '" + snippet + "': " + why);
                }
            }
        }
    }

    /** Where typedoo's classes come from, for JShell's compiler: the jar, or the build's class folders. */
    private static Set<Path> classPath() {
        Set<Path> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(JavaShell.class, OdooClient.class, OdooException.class,
                org.jspecify.annotations.Nullable.class)) {
            try {
                var source = type.getProtectionDomain().getCodeSource();
                if (source != null) {
                    entries.add(Path.of(source.getLocation().toURI()));
                }
            } catch (URISyntaxException e) {
                LOG.log(System.Logger.Level.WARNING, "Cannot locate the classes of " + type.getName(), e);
            }
        }
        return entries;
    }

    /** The completion this shell offers, for tests. */
    ShellCompleter completer() {
        return completer;
    }

    /** The line reader, for tests. */
    LineReader reader() {
        return reader;
    }

    /** Saves the history and closes JShell; the client stays open for its owner to close. */
    @Override
    public void close() {
        try {
            reader.getHistory().save();
        } catch (java.io.IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot save the shell history", e);
        }
        jshell.close();
        ShellSupport.unregister(id);
        terminal.flush();
    }
}
