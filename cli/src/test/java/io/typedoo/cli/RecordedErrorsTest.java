package io.typedoo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The errors a real Odoo 18 sends, replayed from recorded answers, as the command reports them. */
class RecordedErrorsTest {

    @TempDir
    Path config;

    @Test
    void wrongPasswordIsAnAuthenticationErrorWithoutThePassword() {
        try (RecordedOdoo odoo = RecordedOdoo.start().when("authenticate", "03-authenticate-bad-password")) {
            CliRunner.Result result = new CliRunner(config).variable("TYPEDOO_PASSWORD", "s3cret-wrong")
                    .run("count", "res.partner", "--server", odoo.url(), "-d", "demo");
            assertEquals(ExitCode.AUTHENTICATION, result.exitCode(), result.toString());
            assertEquals(1, result.err().lines().count(), result.toString());
            assertTrue(result.err().startsWith("typedoo: ") && result.err().contains("admin")
                    && result.err().contains(odoo.url()), result.toString());
            assertFalse(result.err().contains("s3cret-wrong"), result.toString());
            assertEquals("", result.out());
            assertEquals(1, odoo.requests().size(), "nothing is sent after the refused login");
        }
    }

    @Test
    void unknownModelIsAServerErrorNamingTheModel() {
        try (RecordedOdoo odoo = RecordedOdoo.start().when("authenticate", "02-authenticate")
                .when("execute_kw", "27-unknown-model")) {
            CliRunner.Result result = new CliRunner(config).variable("TYPEDOO_PASSWORD", "admin")
                    .run("count", "no.such.model", "--server", odoo.url(), "-d", "demo");
            assertEquals(ExitCode.SERVER, result.exitCode(), result.toString());
            assertEquals(1, result.err().lines().count(), result.toString());
            assertTrue(result.err().contains("no.such.model"), result.toString());
            assertFalse(result.err().contains("\tat "), result.toString());
        }
    }

    @Test
    void debugShowsTheStackTraceOfAServerError() {
        try (RecordedOdoo odoo = RecordedOdoo.start().when("authenticate", "02-authenticate")
                .when("execute_kw", "27-unknown-model")) {
            CliRunner.Result result = new CliRunner(config).variable("TYPEDOO_PASSWORD", "admin")
                    .run("count", "no.such.model", "--server", odoo.url(), "-d", "demo", "--debug");
            assertEquals(ExitCode.SERVER, result.exitCode(), result.toString());
            assertTrue(result.err().lines().anyMatch(l -> l.startsWith("typedoo: Object no.such.model")),
                    result.toString());
            assertTrue(result.err().contains("OdooUnknownModelException") && result.err().contains("\tat "),
                    result.toString());
            assertTrue(result.err().contains("common.authenticate: ") && result.err().contains("bytes sent"),
                    "the calls are logged: " + result);
            assertTrue(!result.err().contains(">admin<"), "never the password: " + result);
        }
    }
}
