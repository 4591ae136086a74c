package io.typedoo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar in a real terminal (a pseudo-terminal run by tmux), typed into key by key: what only shows on a
 * terminal, such as Ctrl-C, password prompts and progress on stderr, is tested as a person meets it.
 */
@OdooTest
class TerminalSessionIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Shows the exit code, and keeps the terminal open to be read; the command line itself does not match. */
    private static final String EXIT = "; echo \"EX\"\"IT=$?\"; sleep 3600";
    private static final Path JAR = Path.of("target", "typedoo.jar").toAbsolutePath();

    @TempDir
    static Path home;

    private static String url;

    @BeforeAll
    static void server(OdooTestServer server) {
        assertTrue(Files.isRegularFile(JAR), "the package phase builds " + JAR);
        url = server.url();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Map<String, String> environment(boolean withPassword) {
        return withPassword ? Map.of("TYPEDOO_PASSWORD", "admin", "XDG_CONFIG_HOME", home.toString())
                : Map.of("XDG_CONFIG_HOME", home.toString());
    }

    @Test
    void ctrlCStopsTheRunningSnippetAndKeepsTheSession() {
        try (Tmux terminal = Tmux.start(java() + " -jar " + JAR + " shell --server " + url + " -d demo" + EXIT,
                environment(true))) {
            terminal.await("typedoo>", WAIT);
            terminal.typeLine("int kept = 42");
            terminal.await("kept ==> 42", WAIT);
            sleep(1000);

            terminal.typeLine("Thread.sleep(600_000)");
            sleep(1500);
            terminal.press("C-c");
            terminal.await("Stopped (Ctrl-C)", Duration.ofSeconds(20));
            sleep(1000);

            terminal.typeLine("while (true) {}");
            sleep(1500);
            terminal.press("C-c");
            terminal.await("Stopped (Ctrl-C)", 2, Duration.ofSeconds(20));
            sleep(1000);

            terminal.typeLine("kept + 1");
            terminal.await("==> 43", WAIT);
            sleep(1000);
            // Ctrl-C while typing drops the line, as in JShell; the shell goes on.
            terminal.press("a");
            sleep(500);
            terminal.press("C-c");
            sleep(1000); // a person does not type within the same millisecond; the signal is asynchronous
            terminal.typeLine("kept * 3");
            terminal.await("==> 126", WAIT);
            terminal.typeLine("/vars");
            terminal.await("int kept = 42", WAIT);
            terminal.typeLine("/exit");
            String screen = terminal.await("EXIT=", WAIT);
            assertTrue(screen.contains("EXIT=0\n"), "the shell ended normally, not by the signal: " + screen);
        }
    }

    @Test
    void dashPPromptsTidilyOnTheTerminal() {
        try (Tmux terminal = Tmux.start(java() + " -jar " + JAR + " count -p res.partner --server " + url
                + " -d demo" + EXIT, environment(false))) {
            terminal.await("Password for admin on " + url + " (demo): ", WAIT);
            terminal.typeLine("admin");
            String screen = terminal.await("EXIT=", WAIT);
            assertTrue(screen.contains("37\nEXIT=0"), screen);
            assertTrue(!screen.contains("admin\n"), "no echo: " + screen);
        }
    }

    @Test
    void progressShowsOnStderrWhileTheJsonGoesToAFile() throws Exception {
        Path log = home.resolve("terminal.log");
        Path json = home.resolve("partners.json");
        try (Tmux terminal = Tmux.start("sh", environment(true))) {
            terminal.log(log);
            terminal.typeLine(java() + " -jar " + JAR + " read res.partner '[]' --fields name --json --server " + url
                    + " -d demo > " + json + EXIT);
            String screen = terminal.await("EXIT=", WAIT);
            assertTrue(screen.contains("EXIT=0"), screen);
        }
        String drawn = Files.readString(log);
        assertTrue(drawn.contains("Reading res.partner [") && drawn.contains("] 37/37"),
                "the bar was drawn on the terminal: " + drawn);
        JsonNode partners = new ObjectMapper().readTree(json.toFile());
        assertEquals(37, partners.size());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
