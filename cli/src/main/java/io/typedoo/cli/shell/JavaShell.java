package io.typedoo.cli.shell;

import io.typedoo.client.OdooClient;
import io.typedoo.error.OdooException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.PersistentSnippet;
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
    private final ModelVariables modelVariables;
    private final ShellCommands commands;
    private final Set<String> setupIds = new HashSet<>();
    /** True while a snippet runs, so that Ctrl-C stops it rather than the shell. */
    private volatile boolean running;
    private volatile boolean stopped;

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
        OdooNames names = new OdooNames(client);
        this.completer = new ShellCompleter(names, jshell.sourceCodeAnalysis());
        this.modelVariables = new ModelVariables(names);
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("typedoo")
                .parser(new JavaWordParser())
                .completer(completer)
                .variable(LineReader.HISTORY_FILE, historyFile)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // "!=" is Java, not history expansion
                .build();
        this.commands = new ShellCommands(jshell, out, setupIds, reader.getHistory(), this::evaluateAll);
        // Ctrl-C while a snippet runs stops the snippet and keeps the session, as in JShell; while a line is
        // typed, JLine turns it into a UserInterruptException that drops the line.
        terminal.handle(Terminal.Signal.INT, signal -> {
            if (running && !stopped) {
                stopped = true;
                Thread stopper = new Thread(this::stopRunningSnippet, "typedoo-shell-stop");
                stopper.setDaemon(true);
                stopper.start();
            }
        });
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
                    model("res.partner")                    // a model; ResPartner is the same
                    ResPartner.fieldsGet("string", "type")  // the fields
                    ResPartner.count("[('is_company','=',True)]")
                    var p = ResPartner.browse(9)            // records: browse(9, 18), browse("[...]")
                    p.get("name")   p.get("parent_id.name") // a field, or a path through relations
                    p.write("email", "x@y.z")
                    TodoTask.browse(5).call("do_toggle_done")
                    ResPartner.search("[('name','ilike','wood')]", SearchOptions.of().limit(5))
                    ResPartner.read(List.of(9, 18), "name", "email")
                    ResPartner.searchRead("[]", SearchOptions.of().limit(5), "name")
                    ResPartner.create(Map.of("name", "ACME"))
                    client.execute("res.partner", "name_search", List.of("wood"))

                Tab completes Java, model names in model("...") and field names in strings after model("...").
                Ctrl-C stops a running snippet. /vars, /list, /save FILE, ...: see /help. /exit or Ctrl-D leaves.
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
            if (pending.length() == 0 && line.strip().startsWith("/")) {
                if (!commands.run(line.strip())) {
                    break;
                }
                continue;
            }
            pending.append(line).append('\n');
            String remaining = evaluateComplete(analysis, pending.toString());
            pending.setLength(0);
            if (!remaining.isBlank()) {
                pending.append(remaining);
            }
        }
        out.flush();
    }

    /** Evaluates the complete snippets at the start of {@code source}; returns the unfinished rest. */
    private String evaluateComplete(SourceCodeAnalysis analysis, String source) {
        String remaining = source;
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
        return remaining;
    }

    /** Evaluates a whole text, such as a file given to {@code /open}; an unfinished end is reported. */
    private void evaluateAll(String source) {
        String rest = evaluateComplete(jshell.sourceCodeAnalysis(), source);
        if (!rest.isBlank()) {
            out.println("Error: the text ends in the middle of a snippet: " + rest.strip());
            out.flush();
        }
    }

    private void evaluate(String source) {
        List<SnippetEvent> events;
        stopped = false;
        running = true;
        try {
            declareModelVariables(source);
            events = jshell.eval(source);
        } finally {
            running = false;
        }
        if (stopped) {
            out.println("Stopped (Ctrl-C); the session and its variables are kept.");
        }
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue; // an update of an earlier snippet, not what the user typed
            }
            Snippet snippet = event.snippet();
            if (event.status() == Snippet.Status.REJECTED) {
                jshell.diagnostics(snippet).forEach(d -> out.print(Diagnostics.format(d, snippet.source())));
            } else if (event.exception() != null && !stopped) {
                printException(event.exception());
            } else if (event.value() != null && snippet instanceof VarSnippet variable) {
                out.println(variable.name() + " ==> " + event.value());
            } else if (event.value() != null && snippet instanceof ExpressionSnippet expression) {
                out.println(expression.name() + " ==> " + event.value());
            }
        }
        out.flush();
    }

    /**
     * Stops the snippet that runs. Ctrl-C may come while JShell still compiles the snippet, before there is
     * anything to stop, so the stop is repeated until the snippet has ended.
     */
    private void stopRunningSnippet() {
        while (running) {
            try {
                jshell.stop();
            } catch (IllegalStateException e) {
                LOG.log(System.Logger.Level.DEBUG, "Nothing to stop yet", e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Declares {@code ResPartner} and the like for the models {@code source} names. */
    private void declareModelVariables(String source) {
        for (String declaration : modelVariables.declarationsFor(source, this::isDeclared)) {
            for (SnippetEvent event : jshell.eval(declaration)) {
                if (event.status() == Snippet.Status.REJECTED || event.exception() != null) {
                    LOG.log(System.Logger.Level.DEBUG, "Not declared: " + declaration);
                }
            }
        }
    }

    private boolean isDeclared(String name) {
        return jshell.snippets().anyMatch(s -> s instanceof PersistentSnippet p && p.name().equals(name)
                && jshell.status(s).isActive());
    }

    private void printException(JShellException exception) {
        if (exception instanceof EvalException eval) {
            out.println(Diagnostics.label(eval.getExceptionClassName()) + Objects.toString(eval.getMessage(), ""));
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
                "import io.typedoo.cli.shell.ShellModel;",
                "import io.typedoo.cli.shell.Records;",
                "final OdooClient client = typedoo$.client();",
                "ShellModel model(String name) { return typedoo$.model(name); }",
                "List<String> models(String pattern) { return typedoo$.models(pattern); }",
                "List<String> models() { return typedoo$.models(null); }",
                "Domain domain(String text) { return Domain.parse(text); }");
        for (String snippet : setup) {
            for (SnippetEvent event : jshell.eval(snippet)) {
                setupIds.add(event.snippet().id());
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
