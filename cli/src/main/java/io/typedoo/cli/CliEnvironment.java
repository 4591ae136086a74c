package io.typedoo.cli;

import java.io.Console;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jline.terminal.impl.exec.ExecTerminalProvider;
import org.jline.terminal.spi.SystemStream;
import org.jspecify.annotations.Nullable;

/**
 * What the command takes from the world outside its arguments: environment variables, where the user's config
 * lives, whether stderr is a terminal (for progress bars), how to ask for a password, and the streams of the
 * interactive shell. {@link #system()} is the real one; tests build their own so that nothing depends on the
 * machine that runs them.
 *
 * @param variables environment variables, such as {@code TYPEDOO_PASSWORD}
 * @param configDirectory the typedoo directory in the user's config directory: {@code typedoo.ini} and the shell
 *     history live there
 * @param terminal true when a person watches stderr, so progress bars are worth drawing
 * @param passwordPrompt asks for a password without echo, or null when nobody can answer
 * @param shellInput the shell's input, or null to use the system terminal
 * @param shellOutput the shell's output, or null to use the system terminal
 */
public record CliEnvironment(Map<String, String> variables, Path configDirectory, boolean terminal,
        @Nullable PasswordPrompt passwordPrompt, @Nullable InputStream shellInput,
        @Nullable OutputStream shellOutput) {

    /** Asks the user for a secret without echoing it. */
    @FunctionalInterface
    public interface PasswordPrompt {
        /** Shows {@code prompt} and reads a line without echo; null at end of input. */
        char @Nullable [] readPassword(String prompt);
    }

    /** Compact constructor: copies the variables. */
    public CliEnvironment {
        variables = Map.copyOf(variables);
    }

    /** The real environment of this process. */
    public static CliEnvironment system() {
        Console console = System.console();
        PasswordPrompt prompt = console == null ? null : p -> console.readPassword("%s", p);
        return new CliEnvironment(System.getenv(), defaultConfigDirectory(System.getenv()),
                stderrIsTerminal(console), prompt, null, null);
    }

    /**
     * True when stderr is a terminal, also when stdout is redirected ({@code typedoo read ... --json > out.json}),
     * where {@link System#console()} is null. JLine asks the system ({@code test -t 2}); elsewhere, the console.
     */
    private static boolean stderrIsTerminal(@Nullable Console console) {
        try {
            return new ExecTerminalProvider().isSystemStream(SystemStream.Error);
        } catch (RuntimeException | LinkageError e) {
            return console != null;
        }
    }

    /**
     * The typedoo directory in the user's config directory: {@code $XDG_CONFIG_HOME/typedoo}, else
     * {@code %APPDATA%\typedoo} on Windows, else {@code ~/.config/typedoo}.
     */
    public static Path defaultConfigDirectory(Map<String, String> variables) {
        String xdg = variables.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "typedoo");
        }
        String appData = variables.get("APPDATA");
        if (appData != null && !appData.isBlank()
                && System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")) {
            return Path.of(appData, "typedoo");
        }
        return Path.of(System.getProperty("user.home"), ".config", "typedoo");
    }

    /** An environment variable, or null. */
    public @Nullable String variable(String name) {
        String v = variables.get(name);
        return v == null || v.isEmpty() ? null : v;
    }
}
