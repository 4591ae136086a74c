package io.typedoo.cli;

import io.typedoo.cli.command.CallCommand;
import io.typedoo.cli.command.CountCommand;
import io.typedoo.cli.command.FieldsCommand;
import io.typedoo.cli.command.GenerateCommand;
import io.typedoo.cli.command.ModelsCommand;
import io.typedoo.cli.command.ModuleCommands;
import io.typedoo.cli.command.ModulesCommand;
import io.typedoo.cli.command.ReadCommand;
import io.typedoo.cli.command.SchemaCommand;
import io.typedoo.cli.command.SearchCommand;
import io.typedoo.cli.command.ShellCommand;
import io.typedoo.cli.config.ConnectionOptions;
import io.typedoo.cli.config.Connector;
import io.typedoo.client.OdooClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code typedoo}: the root command. It holds the connection options given before a subcommand and the
 * {@link CliEnvironment}; subcommands reach both through {@link #connect}.
 */
@Command(name = "typedoo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        scope = ScopeType.INHERIT, // --help, --version and the footer in every subcommand
        description = "Odoo's external API from the command line: an interactive Java shell, and subcommands "
                + "for scripts.",
        subcommands = {ShellCommand.class, ModelsCommand.class, FieldsCommand.class, CountCommand.class,
            SearchCommand.class, ReadCommand.class, CallCommand.class, ModulesCommand.class,
            ModuleCommands.Install.class, ModuleCommands.Upgrade.class, ModuleCommands.Uninstall.class,
            GenerateCommand.class, SchemaCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 internal error, 2 usage, 3 login refused, 4 server error, "
                + "5 server unreachable, 6 local file error, 7 access denied."})
public final class TypedooCommand implements Runnable {

    private final CliEnvironment environment;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On failure, print the stack trace; log the client's calls.")
    boolean debug; // read from the parse result by Typedoo, wherever on the line it was given

    /** The root command, reading variables, config and prompts from {@code environment}. */
    public TypedooCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    /** Without a subcommand, shows the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Logs in with the options given before and after the subcommand. */
    public OdooClient connect(ConnectionOptions subcommandOptions) {
        return new Connector(environment).connect(subcommandOptions, connection);
    }

    /** The outside world this command runs in. */
    public CliEnvironment environment() {
        return environment;
    }
}
