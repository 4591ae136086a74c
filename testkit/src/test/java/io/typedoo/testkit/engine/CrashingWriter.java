package io.typedoo.testkit.engine;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The process {@link KilledProcessTest} kills: it creates to-dos in a persistent database without end and prints
 * {@code ACK <id>} once each create has returned (that is, once the journal has been synced).
 */
public final class CrashingWriter {

    private CrashingWriter() {
    }

    /** Writes into the data directory given as the only argument until killed. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Database db = Database.open(Path.of(args[0]));
        for (long i = 0; ; i++) {
            Object id = db.execute(2, "admin", "todo.task", "create", List.of(Map.of("name", "task " + i)), Map.of());
            out.println("ACK " + id);
        }
    }
}
