package io.typedoo.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/** Runs the command in-process with captured output, as a user would run it, in a controlled environment. */
public final class CliRunner {

    /** What one run printed and returned. */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }

    private final Map<String, String> variables = new HashMap<>();
    private final Path configDirectory;
    private boolean terminal;
    private CliEnvironment.PasswordPrompt prompt;
    private java.io.InputStream shellInput;
    private java.io.OutputStream shellOutput;

    /** A runner whose config directory is {@code configDirectory} and whose environment is empty. */
    public CliRunner(Path configDirectory) {
        this.configDirectory = configDirectory;
    }

    /** Sets an environment variable. */
    public CliRunner variable(String name, String value) {
        variables.put(name, value);
        return this;
    }

    /** Pretends stderr is a terminal. */
    public CliRunner terminal(boolean terminal) {
        this.terminal = terminal;
        return this;
    }

    /** Answers password prompts, as a person at a terminal would. */
    public CliRunner prompt(CliEnvironment.PasswordPrompt prompt) {
        this.prompt = prompt;
        return this;
    }

    /** Gives the shell this input (a script of lines) and output instead of the system terminal. */
    public CliRunner shellStreams(java.io.InputStream input, java.io.OutputStream output) {
        this.shellInput = input;
        this.shellOutput = output;
        return this;
    }

    /** The environment the command sees. */
    public CliEnvironment environment() {
        return new CliEnvironment(variables, configDirectory, terminal, prompt, shellInput, shellOutput);
    }

    /** Runs {@code typedoo args...}. */
    public Result run(String... args) {
        return run(environment(), args);
    }

    /** Runs {@code typedoo args...} in {@code environment}. */
    public static Result run(CliEnvironment environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Typedoo.commandLine(environment);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
