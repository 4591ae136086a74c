package io.typedoo.cli;

import picocli.CommandLine;

/**
 * The entry point of {@code java -jar typedoo.jar}.
 *
 * <pre>{@code
 * int exit = Typedoo.run(CliEnvironment.system(), "count", "res.partner", "-d", "demo");
 * }</pre>
 */
public final class Typedoo {

    private Typedoo() {
    }

    /** Runs the command and exits the JVM with its exit code. */
    public static void main(String[] args) {
        System.exit(run(CliEnvironment.system(), args));
    }

    /** Runs the command with the console's streams and returns its exit code. */
    public static int run(CliEnvironment environment, String... args) {
        return commandLine(environment).execute(args);
    }

    /**
     * The configured picocli command line, ready for {@link CommandLine#execute}; set its out and err writers to
     * capture the output.
     */
    public static CommandLine commandLine(CliEnvironment environment) {
        TypedooCommand root = new TypedooCommand(environment);
        CommandLine cmd = new CommandLine(root);
        ErrorReporter errors = new ErrorReporter();
        cmd.setExecutionExceptionHandler(errors);
        cmd.setParameterExceptionHandler(errors);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionStrategy(parseResult -> {
            if (passwordOnCommandLine(parseResult.originalArgs())) {
                cmd.getErr().println("typedoo: warning: a password given on the command line can be seen by other"
                        + " users (ps, shell history); set TYPEDOO_PASSWORD, put it in the config file, or give -p"
                        + " alone to be asked for it");
                cmd.getErr().flush();
            }
            if (!isDebug(parseResult)) {
                return new CommandLine.RunLast().execute(parseResult);
            }
            DebugLog log = DebugLog.start(cmd.getErr());
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } finally {
                log.close();
            }
        });
        return cmd;
    }

    /**
     * True when a password value is on the command line: {@code --password=VALUE} or {@code --password VALUE}.
     * {@code -p} never takes a value (it asks), so {@code -p res.partner} names a model, not a password.
     */
    static boolean passwordOnCommandLine(java.util.List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                return false;
            }
            if (arg.startsWith("--password=") && arg.length() > "--password=".length()
                    || arg.equals("--password") && i + 1 < args.size()) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code --debug} was given, before or after the subcommand. */
    static boolean isDebug(CommandLine.ParseResult parseResult) {
        return parseResult.originalArgs().contains("--debug");
    }
}
