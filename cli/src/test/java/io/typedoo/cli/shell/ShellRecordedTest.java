package io.typedoo.cli.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.cli.CliRunner;
import io.typedoo.cli.RecordedOdoo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell fed from a stream, against answers a real Odoo 18 gave (version, login, search_count). */
class ShellRecordedTest {

    @TempDir
    Path config;

    @Test
    void evaluatesSnippetsAndKeepsHistory() throws Exception {
        String script = String.join("\n",
                "model(\"res.partner\").count()",
                "int x = 1 +",
                "  2;",
                "x * 2",
                "undefinedThing(1);",
                "throw new IllegalStateException(\"boom\");",
                "client.database()",
                "/exit",
                "");
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (RecordedOdoo odoo = RecordedOdoo.start().when("<methodName>version<", "01-version")
                .when("authenticate", "02-authenticate").when("search_count", "05-search-count")) {
            CliRunner.Result result = new CliRunner(config).variable("TYPEDOO_PASSWORD", "admin")
                    .shellStreams(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), output)
                    .run("shell", "--server", odoo.url(), "-d", "demo");
            assertEquals(0, result.exitCode(), result.toString());
        }
        String screen = output.toString(StandardCharsets.UTF_8);
        assertTrue(screen.startsWith("typedoo shell: Java (JShell) as admin on http://127.0.0.1:"), screen);
        assertTrue(screen.contains("database demo (Odoo 18.0)"), screen);
        assertTrue(screen.contains("Usage (some commands):") && screen.contains("models(\"res.\")"), screen);
        assertTrue(screen.contains("$1 ==> 37"), screen);
        assertTrue(screen.contains("x ==> 3"), screen);
        assertTrue(screen.contains(ShellSession.CONTINUATION_PROMPT), screen);
        assertTrue(screen.contains("==> 6"), screen);
        assertTrue(screen.contains("Error: cannot find symbol"), screen);
        assertTrue(screen.contains("Exception java.lang.IllegalStateException: boom"), screen);
        assertTrue(screen.contains("==> \"demo\""), screen);

        String history = Files.readString(config.resolve("shell-history"));
        assertTrue(history.contains("model(\"res.partner\").count()") && history.contains("client.database()"),
                history);
    }
}
