package io.typedoo.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real terminal for tests: a tmux session (on its own server socket) running a command in a pseudo-terminal,
 * typed into with {@code send-keys} and read with {@code capture-pane}, as a person at a terminal would use it.
 * Debian's {@code tmux} package provides it; the CI script installs it.
 */
public final class Tmux implements AutoCloseable {

    private final String socket = "typedoo-test-" + UUID.randomUUID();

    private Tmux() {
    }

    /** Starts {@code command} (run by {@code sh -c}) in a 160x50 terminal with these environment variables. */
    public static Tmux start(String command, Map<String, String> environment) {
        requireTmux();
        Tmux tmux = new Tmux();
        List<String> args = new ArrayList<>(List.of("new-session", "-d", "-s", "test", "-x", "160", "-y", "50"));
        environment.forEach((name, value) -> args.addAll(List.of("-e", name + "=" + value)));
        args.add(command);
        tmux.tmux(args.toArray(String[]::new));
        return tmux;
    }

    /**
     * Skips the test with a message where tmux is not installed; on CI ({@code CI=true}) that is a failure, so the
     * terminal tests never go silently missing there.
     */
    private static void requireTmux() {
        try {
            Process version = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            version.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            String missing = "tmux is not installed (Debian: apt-get install tmux): the terminal tests need it";
            if ("true".equals(System.getenv("CI"))) {
                fail(missing);
            }
            Assumptions.abort(missing);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Types {@code text} literally, then Enter. */
    public void typeLine(String text) {
        tmux("send-keys", "-t", "test", "-l", text);
        tmux("send-keys", "-t", "test", "Enter");
    }

    /** Presses a key, such as {@code C-c} for Ctrl-C. */
    public void press(String key) {
        tmux("send-keys", "-t", "test", key);
    }

    /** Copies what the pane shows and will show from now on into {@code file}, control characters and all. */
    public void log(java.nio.file.Path file) {
        tmux("pipe-pane", "-t", "test", "-o", "cat >> '" + file + "'");
    }

    /** The screen and the scrollback, lines joined as the command wrote them. */
    public String screen() {
        return tmux("capture-pane", "-p", "-J", "-t", "test", "-S", "-1000");
    }

    /** Waits until the screen shows {@code text} {@code times} times; fails with the screen after {@code timeout}. */
    public String await(String text, int times, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String screen = screen();
            if (occurrences(screen, text) >= times) {
                return screen;
            }
            if (System.nanoTime() > deadline) {
                fail("Timed out after " + timeout + " waiting for '" + text + "' (" + times + "x) on:\n" + screen);
            }
            sleep(100);
        }
    }

    /** Waits until the screen shows {@code text}. */
    public String await(String text, Duration timeout) {
        return await(text, 1, timeout);
    }

    /** How often {@code text} occurs in {@code screen}. */
    public static int occurrences(String screen, String text) {
        int count = 0;
        for (int at = screen.indexOf(text); at >= 0; at = screen.indexOf(text, at + text.length())) {
            count++;
        }
        return count;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String tmux(String... args) {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(20, TimeUnit.SECONDS) || process.exitValue() != 0) {
                fail("tmux " + String.join(" ", args) + " failed: " + new String(output, StandardCharsets.UTF_8));
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run tmux (Debian: apt-get install tmux)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Ends the session and its tmux server (only this test's socket). */
    @Override
    public void close() {
        try {
            new ProcessBuilder("tmux", "-L", socket, "kill-server").redirectErrorStream(true).start()
                    .waitFor(20, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
