package io.typedoo.testkit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed with SIGKILL in the middle of writing loses none of the writes it had acknowledged. */
class KilledProcessTest {

    @TempDir
    Path dir;

    @Test
    void acknowledgedWritesSurviveKillDashNine() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingWriter.class.getName(), dir.toString()).redirectErrorStream(true).start();
        List<Long> acknowledged = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < 30 && (line = lines.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(Long.valueOf(line.substring(4)));
                }
            }
            child.destroyForcibly();   // SIGKILL on Linux and macOS: no shutdown hooks, no flushing
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(30, acknowledged.size(), "the writer stopped early");
        try (Database db = Database.open(dir)) {
            Object found = db.execute(2, "admin", "todo.task", "search",
                    List.of(List.of(List.of("id", "in", acknowledged))), Map.of());
            assertEquals(acknowledged, found);
        }
    }
}
