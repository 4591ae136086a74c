package io.typedoo.cli.command;

import io.typedoo.cli.CliEnvironment;
import io.typedoo.cli.CliException;
import io.typedoo.cli.ExitCode;
import io.typedoo.cli.shell.ShellSession;
import io.typedoo.client.OdooClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import picocli.CommandLine.Command;

/** {@code typedoo shell}: an interactive Java session with the client bound. */
@Command(name = "shell", description = "Start an interactive Java (JShell) session with client, model(\"...\") "
        + "and models(\"...\") ready to use.")
public final class ShellCommand extends ConnectedCommand {

    /** The history file's name inside the typedoo config directory. */
    public static final String HISTORY_FILE = "shell-history";

    @Override
    int run(OdooClient client) {
        CliEnvironment environment = environment();
        Path history = environment.configDirectory().resolve(HISTORY_FILE);
        try (Terminal terminal = terminal(environment);
                ShellSession session = new ShellSession(client, terminal, history)) {
            session.run();
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
        return TerminalBuilder.builder().system(true).build();
    }
}
