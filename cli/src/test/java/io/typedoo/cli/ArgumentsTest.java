package io.typedoo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command says about bad input before anything reaches a server. The server URL points at a port where
 * nothing listens: a command that went on the wire would end with exit code 5, not 2.
 */
class ArgumentsTest {

    @TempDir
    static Path config;

    private static String deadServer;

    @BeforeAll
    static void findClosedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            deadServer = "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    private static CliRunner runner() {
        return new CliRunner(config).variable("TYPEDOO_PASSWORD", "admin");
    }

    private static void assertOneLineError(CliRunner.Result result, int exitCode, String... fragments) {
        assertEquals(exitCode, result.exitCode(), result.toString());
        String firstLine = result.err().lines().findFirst().orElse("");
        assertTrue(firstLine.startsWith("typedoo: "), result.toString());
        for (String fragment : fragments) {
            assertTrue(firstLine.contains(fragment), "missing '" + fragment + "' in: " + result);
        }
        assertTrue(!result.err().contains("\tat "), "no stack trace without --debug: " + result);
    }

    @Test
    void malformedDomainIsAUsageErrorPointingAtTheProblem() {
        CliRunner.Result result = runner().run("count", "res.partner", "[('name', 'ilike' 'wood')]",
                "--server", deadServer, "-d", "demo");
        assertOneLineError(result, ExitCode.USAGE, "Malformed domain");
        assertEquals("", result.out());
    }

    @Test
    void malformedJsonArgumentIsAUsageError() {
        assertOneLineError(runner().run("call", "res.partner", "name_search", "[\"wood\"", "--server", deadServer,
                "-d", "demo"), ExitCode.USAGE, "ARGS_JSON is not valid JSON");
        assertOneLineError(runner().run("call", "res.partner", "name_search", "[]", "[1]", "--server", deadServer,
                "-d", "demo"), ExitCode.USAGE, "KWARGS_JSON must be a JSON object");
    }

    @Test
    void unknownOptionAndMissingParameterAreUsageErrors() {
        CliRunner.Result unknown = runner().run("count", "res.partner", "--frobnicate");
        assertEquals(ExitCode.USAGE, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("--frobnicate") && unknown.err().contains("typedoo count --help"),
                unknown.toString());
        CliRunner.Result missing = runner().run("fields");
        assertEquals(ExitCode.USAGE, missing.exitCode(), missing.toString());
        assertTrue(missing.err().contains("MODEL"), missing.toString());
    }

    @Test
    void missingDatabaseIsAUsageError() {
        assertOneLineError(runner().run("count", "res.partner", "--server", deadServer), ExitCode.USAGE,
                "No database");
    }

    @Test
    void missingPasswordWithoutTerminalIsAUsageError() {
        CliRunner.Result result = new CliRunner(config).run("count", "res.partner", "--server", deadServer, "-d",
                "demo");
        assertOneLineError(result, ExitCode.USAGE, "No password", "TYPEDOO_PASSWORD");
    }

    @Test
    void unreachableServerIsAConnectionError() {
        assertOneLineError(runner().run("count", "res.partner", "--server", deadServer, "-d", "demo"),
                ExitCode.CONNECTION, "127.0.0.1");
    }

    @Test
    void debugAddsTheStackTrace() {
        CliRunner.Result result = runner().run("--debug", "count", "res.partner", "--server", deadServer, "-d",
                "demo");
        assertEquals(ExitCode.CONNECTION, result.exitCode(), result.toString());
        assertTrue(result.err().lines().anyMatch(l -> l.startsWith("typedoo: ")), result.toString());
        assertTrue(result.err().contains("\tat "), result.toString());
    }

    @Test
    void unknownEnvironmentAndMissingConfigFile() throws IOException {
        CliRunner.Result noFile = runner().run("count", "res.partner", "--env", "prod", "--config",
                config.resolve("absent.ini").toString());
        assertOneLineError(noFile, ExitCode.USAGE, "No config file", "prod");
        Path file = config.resolve("envs.ini");
        Files.writeString(file, "[local]\nserver = " + deadServer + "\ndatabase = demo\n");
        assertOneLineError(runner().run("count", "res.partner", "--env", "prod", "--config", file.toString()),
                ExitCode.USAGE, "No environment 'prod'", "local");
        // The environment's server is used: the run reaches the (dead) server, so it fails with exit code 5.
        assertOneLineError(runner().run("count", "res.partner", "-e", "local", "--config", file.toString()),
                ExitCode.CONNECTION);
        // TYPEDOO_ENV and a config file in the user's config directory are found without options.
        Files.writeString(config.resolve("typedoo.ini"), "[local]\nserver = " + deadServer + "\ndatabase = demo\n");
        assertOneLineError(runner().variable("TYPEDOO_ENV", "local").run("count", "res.partner"),
                ExitCode.CONNECTION);
    }

    @Test
    void badProtocolAndBadServerUrl() {
        assertEquals(ExitCode.USAGE, runner().run("count", "res.partner", "--protocol", "soap", "-d", "demo")
                .exitCode());
        assertOneLineError(runner().run("count", "res.partner", "--server", "http://bad host:80", "-d", "demo"),
                ExitCode.USAGE, "Not a server URL");
    }

    @Test
    void helpAndVersion() {
        CliRunner.Result help = runner().run("--help");
        assertEquals(0, help.exitCode());
        for (String sub : new String[] {"shell", "models", "fields", "count", "search", "read", "call", "modules",
            "install", "upgrade", "uninstall", "generate", "schema"}) {
            assertTrue(help.out().contains("  " + sub + " "), sub + " missing from:\n" + help.out());
        }
        assertTrue(help.out().contains("Exit codes"), help.out());
        CliRunner.Result readHelp = runner().run("read", "--help");
        assertTrue(readHelp.out().contains("--server") && readHelp.out().contains("--csv"), readHelp.out());
        CliRunner.Result version = runner().run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("typedoo "), version.out());
    }
}
