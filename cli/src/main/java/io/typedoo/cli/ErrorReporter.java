package io.typedoo.cli;

import io.typedoo.error.OdooAccessException;
import io.typedoo.error.OdooAuthenticationException;
import io.typedoo.error.OdooRemoteException;
import io.typedoo.error.OdooTransportException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr and an {@link ExitCode}; with {@code --debug}, the stack trace
 * follows, logged through {@link System.Logger} to the same stream.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private static final System.Logger LOG = System.getLogger(ErrorReporter.class.getName());

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        // One line, as every failure: the reason, then where the usage is.
        err.println("typedoo: " + oneLine(String.valueOf(ex.getMessage())) + " (see '"
                + cmd.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        err.println("typedoo: " + message(ex));
        if (Typedoo.isDebug(parseResult)) {
            DebugLog log = DebugLog.start(err);
            try {
                LOG.log(System.Logger.Level.ERROR, "Stack trace of the failure above", ex);
            } finally {
                log.close();
            }
        } else if (exitCode(ex) == ExitCode.SOFTWARE) {
            err.println("Run again with --debug for the stack trace.");
        }
        err.flush();
        return exitCode(ex);
    }

    /** The exit code for a failure. */
    static int exitCode(Throwable ex) {
        if (ex instanceof CliException cli) {
            return cli.exitCode();
        }
        if (ex instanceof OdooAccessException) {
            return ExitCode.ACCESS;
        }
        if (ex instanceof OdooAuthenticationException) {
            return ExitCode.AUTHENTICATION;
        }
        if (ex instanceof OdooRemoteException) {
            return ExitCode.SERVER;
        }
        if (ex instanceof OdooTransportException) {
            return ExitCode.CONNECTION;
        }
        if (ex instanceof IllegalArgumentException) {
            // Raised by the runtime for input the user typed: domains, operators, field names.
            return ExitCode.USAGE;
        }
        if (ex instanceof UncheckedIOException) {
            return ExitCode.IO;
        }
        return ExitCode.SOFTWARE;
    }

    private static String message(Throwable ex) {
        String message = ex.getMessage();
        if (ex instanceof io.typedoo.domain.DomainSyntaxException) {
            return "Malformed domain: " + message;
        }
        if (message == null || exitCode(ex) == ExitCode.SOFTWARE) {
            return "Unexpected " + ex.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        }
        return oneLine(message);
    }

    /** Server messages can span lines (a traceback's last line is enough here). */
    private static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
