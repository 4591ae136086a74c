package io.typedoo.cli.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.MethodSnippet;
import jdk.jshell.PersistentSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;
import org.jline.reader.History;
import org.jspecify.annotations.Nullable;

/**
 * The shell's {@code /commands}: JShell's own for looking at and keeping a session ({@code /vars},
 * {@code /methods}, {@code /types}, {@code /imports}, {@code /list}, {@code /save}, {@code /open}, {@code /drop},
 * {@code /history}), and {@code /help} and {@code /exit}. They work on the snippets the user typed: the
 * shell's own set-up ({@code client}, {@code model(...)}, ...) is left out of {@code /list} and {@code /save}.
 */
final class ShellCommands {

    /** The commands, as {@code /help} lists them. */
    static final String HELP = """
            Commands, as in JShell:
                /vars  /methods  /types  /imports   what the session declared
                /list [-all]                        the snippets typed so far (-all: with the shell's set-up)
                /save FILE   /open FILE             keep the snippets in a file, run a file of snippets
                /drop NAME|ID                       forget a declaration
                /history                            the lines typed, this run and earlier ones
                /help   /exit                       this help; leave (Ctrl-D too)
            """;

    private final JShell jshell;
    private final PrintWriter out;
    private final Set<String> setupIds;
    private final History history;
    private final Consumer<String> evaluator;

    /**
     * @param setupIds the ids of the shell's own set-up snippets
     * @param evaluator runs source as if typed, for {@code /open}
     */
    ShellCommands(JShell jshell, PrintWriter out, Set<String> setupIds, History history,
            Consumer<String> evaluator) {
        this.jshell = jshell;
        this.out = out;
        this.setupIds = setupIds;
        this.history = history;
        this.evaluator = evaluator;
    }

    /** Runs {@code line}, a {@code /command}; false when the shell should end. */
    boolean run(String line) {
        String[] words = line.strip().split("\\s+", 2);
        String argument = words.length > 1 ? words[1].strip() : "";
        switch (words[0]) {
            case "/exit", "/quit" -> {
                return false;
            }
            case "/help", "/?" -> out.print(JavaShell.usage() + "\n" + HELP);
            case "/vars" -> userSnippets().filter(VarSnippet.class::isInstance).map(VarSnippet.class::cast)
                    .forEach(v -> out.println("    " + v.typeName() + " " + v.name() + " = " + value(v)));
            case "/methods" -> userSnippets().filter(MethodSnippet.class::isInstance)
                    .map(MethodSnippet.class::cast)
                    .forEach(m -> out.println("    " + m.name() + "(" + m.parameterTypes() + ")" + m.signature()
                            .substring(m.signature().indexOf(')') + 1)));
            case "/types" -> userSnippets().filter(TypeDeclSnippet.class::isInstance)
                    .map(TypeDeclSnippet.class::cast).forEach(t -> out.println("    " + t.name()));
            case "/imports" -> jshell.imports().filter(this::active)
                    .forEach(i -> out.println("    import " + (i.isStatic() ? "static " : "") + i.fullname()));
            case "/list" -> list(argument.equals("-all"));
            case "/save" -> save(argument);
            case "/open" -> open(argument);
            case "/drop" -> drop(argument);
            case "/history" -> history.forEach(entry -> out.println(entry.line()));
            default -> out.println("Unknown command " + words[0] + ": try /help or /exit");
        }
        out.flush();
        return true;
    }

    private boolean active(Snippet snippet) {
        return jshell.status(snippet).isActive();
    }

    /** The active snippets the user typed, oldest first. */
    private Stream<Snippet> userSnippets() {
        return jshell.snippets().filter(this::active).filter(s -> !setupIds.contains(s.id()));
    }

    private String value(VarSnippet variable) {
        try {
            return jshell.varValue(variable);
        } catch (IllegalStateException e) {
            return "(not set)";
        }
    }

    private void list(boolean all) {
        jshell.snippets().filter(this::active).filter(s -> all || !setupIds.contains(s.id()))
                .forEach(s -> out.println(String.format("%5s : %s", s.id(),
                        s.source().strip().replace("\n", "\n        "))));
    }

    private void save(String file) {
        Path path = path(file, "/save");
        if (path == null) {
            return;
        }
        List<String> sources = userSnippets().filter(s -> s.kind() != Snippet.Kind.ERRONEOUS)
                .map(s -> s.source().strip()).collect(Collectors.toList());
        try {
            Files.write(path, sources);
            out.println("Saved " + sources.size() + " snippets to " + path);
        } catch (IOException e) {
            out.println("Cannot write " + path + ": " + e.getMessage());
        }
    }

    private void open(String file) {
        Path path = path(file, "/open");
        if (path == null) {
            return;
        }
        String source;
        try {
            source = Files.readString(path);
        } catch (IOException e) {
            out.println("Cannot read " + path + ": " + e.getMessage());
            return;
        }
        evaluator.accept(source);
    }

    private void drop(String nameOrId) {
        List<Snippet> matching = userSnippets().filter(s -> s.id().equals(nameOrId)
                || s instanceof PersistentSnippet p && p.name().equals(nameOrId)).toList();
        if (matching.isEmpty()) {
            out.println("No declaration named " + nameOrId + ": see /list");
        }
        for (Snippet snippet : matching) {
            jshell.drop(snippet);
            out.println("Dropped " + (snippet instanceof PersistentSnippet p ? p.name() : snippet.id()));
        }
    }

    private @Nullable Path path(String file, String command) {
        if (file.isEmpty()) {
            out.println(command + " needs a file name, such as " + command + " session.jsh");
            return null;
        }
        try {
            return Path.of(file.startsWith("~/") ? System.getProperty("user.home") + file.substring(1) : file);
        } catch (InvalidPathException e) {
            out.println("Not a file name: " + file);
            return null;
        }
    }
}
