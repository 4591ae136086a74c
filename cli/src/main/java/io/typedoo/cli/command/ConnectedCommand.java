package io.typedoo.cli.command;

import io.typedoo.cli.CliEnvironment;
import io.typedoo.cli.CliException;
import io.typedoo.cli.ExitCode;
import io.typedoo.cli.TypedooCommand;
import io.typedoo.cli.config.ConnectionOptions;
import io.typedoo.client.OdooClient;
import io.typedoo.error.OdooAuthenticationException;
import io.typedoo.domain.Domain;
import io.typedoo.domain.DomainSyntaxException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A subcommand that talks to a server: it logs in with the connection options, runs, and closes the client.
 * Subclasses implement {@link #run(OdooClient)}.
 */
abstract class ConnectedCommand implements Callable<Integer> {

    @ParentCommand
    TypedooCommand root;

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        prepare();
        try (OdooClient client = root.connect(connection)) {
            try {
                return run(client);
            } catch (OdooAuthenticationException e) {
                // The login worked a moment ago: Odoo's AccessDenied now means an admin-only action (such as
                // installing a module), not a wrong password.
                throw new CliException(client.login() + " is not allowed to do this: " + e.getMessage(),
                        ExitCode.ACCESS, e);
            }
        }
    }

    /**
     * Checks and parses the arguments before anything goes on the wire, so that a malformed domain or JSON
     * argument fails at once, without a login or a password prompt.
     */
    void prepare() {
    }

    /** Does the work and returns the exit code. */
    abstract int run(OdooClient client);

    /** Standard output. */
    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Standard error, for progress and notes. */
    final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The world the command runs in. */
    final CliEnvironment environment() {
        return root.environment();
    }

    /**
     * Parses a domain in Odoo's Python-literal form; no text means every record.
     *
     * @throws CliException (usage) naming the offending character
     */
    static Domain domain(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Domain.all();
        }
        try {
            return Domain.parse(text);
        } catch (DomainSyntaxException e) {
            throw new CliException("Malformed domain: " + e.getMessage(), ExitCode.USAGE, e);
        }
    }
}
