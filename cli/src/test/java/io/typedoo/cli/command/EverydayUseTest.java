package io.typedoo.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.cli.CliRunner;
import io.typedoo.cli.ExitCode;
import io.typedoo.cli.RecordedOdoo;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What people trip over when they first use the command: arguments as typed, prompts, failures and progress. */
@OdooTest
class EverydayUseTest {

    @TempDir
    static Path config;

    private static String url;

    @BeforeAll
    static void server(OdooTestServer server) {
        url = server.url();
    }

    private static CliRunner admin() {
        return new CliRunner(config).variable("TYPEDOO_PASSWORD", "admin");
    }

    private static CliRunner.Result run(CliRunner runner, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--server", url, "-d", "demo"));
        return runner.run(all.toArray(String[]::new));
    }

    private static void assertOneLine(CliRunner.Result result, int exitCode, String... fragments) {
        assertEquals(exitCode, result.exitCode(), result.toString());
        assertEquals(1, result.err().lines().count(), "every failure is one line: " + result);
        assertTrue(result.err().startsWith("typedoo: "), result.toString());
        for (String fragment : fragments) {
            assertTrue(result.err().contains(fragment), "missing '" + fragment + "' in: " + result);
        }
    }

    @Test
    void idsMayBeSeparateArguments() {
        CliRunner.Result result = run(admin(), "read", "res.partner", "9", "18", "--fields", "name", "--csv");
        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(List.of("id,name", "9,Wood Corner", "18,Ron Gibson"), result.out().lines().toList());
    }

    @Test
    void dashPAsksWithATidyPromptAndNeverTakesTheNextWord() {
        List<String> prompts = new ArrayList<>();
        CliRunner.Result result = run(new CliRunner(config).prompt(p -> {
            prompts.add(p);
            return "admin".toCharArray();
        }), "-p", "count", "res.partner");
        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("37", result.out().strip());
        assertEquals(List.of("Password for admin on " + url + " (demo): "), prompts);

        // The order the guide's readers typed: res.partner is the model, not the password.
        CliRunner.Result after = run(new CliRunner(config).prompt(p -> "admin".toCharArray()), "count", "-p",
                "res.partner");
        assertEquals(0, after.exitCode(), after.toString());
        assertEquals("37", after.out().strip());

        CliRunner.Result noTerminal = run(new CliRunner(config), "count", "-p", "res.partner");
        assertOneLine(noTerminal, ExitCode.USAGE, "-p asks for the password on a terminal");
    }

    @Test
    void passwordWithAValueNeedsTheLongOption() {
        CliRunner.Result result = run(new CliRunner(config), "count", "res.partner", "--password=admin");
        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("37", result.out().strip());
    }

    @Test
    void usageErrorsAreOneLine() {
        assertOneLine(run(admin(), "count", "res.partner", "--frobnicate"), ExitCode.USAGE, "--frobnicate",
                "typedoo count --help");
        assertOneLine(admin().run("fields"), ExitCode.USAGE, "MODEL");
    }

    @Test
    void installReportsEveryModuleItChangedAndUpgradeSaysUpgraded() {
        CliRunner.Result install = run(admin(), "install", "contacts");
        assertEquals(0, install.exitCode(), install.toString());
        assertEquals(List.of("contacts: installed", "mail: installed"), install.out().lines().toList(),
                "the dependency Odoo installed too");
        CliRunner.Result upgrade = run(admin(), "upgrade", "contacts");
        assertEquals(List.of("contacts: upgraded"), upgrade.out().lines().toList(), upgrade.toString());
        CliRunner.Result uninstall = run(admin(), "uninstall", "contacts");
        assertEquals(List.of("contacts: uninstalled"), uninstall.out().lines().toList(), uninstall.toString());
    }

    @Test
    void moduleOperationsShowThatTheyRunOnATerminal() {
        CliRunner.Result result = run(admin().terminal(true), "install", "website");
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.err().contains("\rInstalling website\u2026 0 s"), result.toString());
        assertTrue(result.err().endsWith("\r"), "the note's line is cleared: " + result);
        assertTrue(result.out().contains("website: installed"), result.toString());
        CliRunner.Result piped = run(admin(), "uninstall", "website");
        assertEquals("", piped.err(), "nothing drawn when stderr is not a terminal");
    }

    @Test
    void aUserWithoutRightsGetsTheAccessExitCodeNotALoginFailure() {
        CliRunner.Result result = run(new CliRunner(config).variable("TYPEDOO_PASSWORD", "demo"), "install",
                "calendar", "-u", "demo");
        assertOneLine(result, ExitCode.ACCESS, "demo is not allowed to do this", "button_immediate_install");
        assertFalse(result.err().contains("login"), result.toString());
        CliRunner.Result acl = run(new CliRunner(config).variable("TYPEDOO_PASSWORD", "demo"), "call",
                "ir.module.module", "write", "[[1], {\"state\": \"installed\"}]", "-u", "demo");
        assertOneLine(acl, ExitCode.ACCESS, "You are not allowed to modify");
    }

    @Test
    void jsonShowsProgressOnStderrWhenItIsATerminal() {
        CliRunner.Result result = run(admin().terminal(true), "read", "res.partner", "[]", "--fields", "name",
                "--json");
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().startsWith("["), result.toString());
        assertTrue(result.err().contains("Reading res.partner [") && result.err().contains("37/37"),
                result.toString());
    }

    @Test
    void anUnknownDatabaseIsSaidInTheUsersTerms() {
        try (RecordedOdoo odoo = RecordedOdoo.start().when("authenticate", "53-unknown-db")) {
            CliRunner.Result result = admin().run("count", "res.partner", "--server", odoo.url(), "-d", "nodb");
            assertOneLine(result, ExitCode.USAGE, "The server " + odoo.url() + " has no database 'nodb'");
            assertFalse(result.err().contains("FATAL") || result.err().contains("psycopg2"), result.toString());
        }
    }

    @Test
    void anUnresolvableHostIsNotConnectionRefused() {
        CliRunner.Result result = admin().run("count", "res.partner", "--server",
                "http://no-such-host.invalid:8069", "-d", "demo");
        assertOneLine(result, ExitCode.CONNECTION, "Cannot find the server no-such-host.invalid");
        assertFalse(result.err().contains("refused"), result.toString());
    }
}
