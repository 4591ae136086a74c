package io.typedoo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar, run as users run it ({@code java -jar target/typedoo.jar}), against the embedded server. Its
 * output is piped, so these runs also show that nothing is drawn for a terminal.
 */
@OdooTest
class JarIT {

    private static final Path JAR = Path.of("target", "typedoo.jar");

    @TempDir
    static Path home;

    private static String url;

    @BeforeAll
    static void server(OdooTestServer server) {
        assertTrue(Files.isRegularFile(JAR), "the package phase builds " + JAR.toAbsolutePath());
        url = server.url();
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run java(String stdin, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--server", url, "-d", "demo"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("TYPEDOO_PASSWORD", "admin");
        builder.environment().put("XDG_CONFIG_HOME", home.toString());
        try {
            Process process = builder.start();
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            assertTrue(process.waitFor(2, TimeUnit.MINUTES), "typedoo did not end");
            return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                    new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readPipedHasNoProgressBar() {
        Run run = java("", "read", "res.partner", "[]", "--fields", "name", "--csv");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("", run.err(), run.toString());
        assertEquals(38, run.out().lines().count(), "a header and 37 partners: " + run);
    }

    @Test
    void exitCodesReachTheShell() {
        Run unknown = java("", "count", "no.such.model");
        assertEquals(ExitCode.SERVER, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().startsWith("typedoo: "), unknown.toString());
        Run malformed = java("", "count", "res.partner", "[(");
        assertEquals(ExitCode.USAGE, malformed.exitCode(), malformed.toString());
    }

    @Test
    void shellCompilesAgainstTheJarItself() {
        Run run = java("model(\"res.partner\").count()\nmodels(\"todo\")\n/exit\n", "shell");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("$1 ==> 37"), run.toString());
        assertTrue(run.out().contains("$2 ==> [todo.task, todo.task.tag]"), run.toString());
        assertEquals("", run.err(), "piped, the shell reads its script without terminal warnings");
        assertTrue(Files.exists(home.resolve("typedoo").resolve("shell-history")), "history in the config dir");
    }
}
