package io.typedoo.cli;

/**
 * A failure the command reports as one line on stderr with a chosen exit code: missing password, unknown
 * environment, bad JSON argument, a file that cannot be written. Errors from the server stay
 * {@link io.typedoo.error.OdooException}s and are mapped by {@link ErrorReporter}.
 */
public final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /**
     * @param message one line for the user, saying what is wrong and how to fix it
     * @param exitCode one of {@link ExitCode}'s codes
     */
    public CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** The same, keeping the underlying failure for {@code --debug}. */
    public CliException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** A usage error (exit code 2). */
    public static CliException usage(String message) {
        return new CliException(message, ExitCode.USAGE);
    }

    /** The exit code the command ends with. */
    public int exitCode() {
        return exitCode;
    }
}
