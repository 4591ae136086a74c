package io.typedoo.cli.command;

import io.typedoo.cli.CliEnvironment;
import io.typedoo.cli.CliException;
import io.typedoo.cli.ExitCode;
import io.typedoo.cli.shell.JavaShell;
import io.typedoo.client.OdooClient;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import picocli.CommandLine.Command;

/** {@code typedoo shell}: an interactive Java shell with the client bound. */
@Command(name = "shell", description = "Start an interactive Java (JShell) shell with client, model(\"...\") "
        + "and models(\"...\") ready to use.")
public final class ShellCommand extends ConnectedCommand {

    /** The history file's name inside the typedoo config directory. */
    public static final String HISTORY_FILE = "shell-history";

    @Override
    int run(OdooClient client) {
        CliEnvironment environment = environment();
        Path history = environment.configDirectory().resolve(HISTORY_FILE);
        try (Terminal terminal = terminal(environment);
                JavaShell shell = new JavaShell(client, terminal, history)) {
            shell.run();
        } catch (IOException e) {
            throw new CliException("Cannot open the terminal: " + e, ExitCode.IO, e);
        }
        return 0;
    }

    private static Terminal terminal(CliEnvironment environment) throws IOException {
        if (environment.shellInput() != null && environment.shellOutput() != null) {
            // A dumb terminal over plain streams reads line by line to the end of input (scripts, tests).
            return new DumbTerminal("typedoo", Terminal.TYPE_DUMB, environment.shellInput(),
                    environment.shellOutput(), StandardCharsets.UTF_8);
        }
        if (System.console() == null) {
            // Piped: `echo 'models()' | typedoo shell` reads the script without a terminal's line editing.
            // Closing the terminal must not close the process's own streams.
            InputStream in = new FilterInputStream(System.in) {
                @Override
                public void close() {
                }
            };
            OutputStream out = new FilterOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            return new DumbTerminal("typedoo", Terminal.TYPE_DUMB, in, out, StandardCharsets.UTF_8);
        }
        return TerminalBuilder.builder().system(true).build();
    }
}
