package io.typedoo.benchmarks.startup;

import io.typedoo.testkit.engine.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How long a persistent testkit database takes to open as its history grows: writes N calls (each an update of
 * one of 200 tasks, so the data stays the same size while the history grows), closes, then opens it 5 times and
 * reports the fastest. With compaction the start-up time follows the data, not the number of writes.
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.typedoo.benchmarks.startup.JournalStartup [N ...]
 * </pre>
 */
public final class JournalStartup {

    private static final int TASKS = 200;

    private JournalStartup() {
    }

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1_000, 5_000, 20_000);
        }
        System.out.println("| writes | journal bytes | snapshot bytes | open (best of 5) |");
        System.out.println("| ---: | ---: | ---: | ---: |");
        for (int writes : sizes) {
            Path dir = Files.createTempDirectory("journal-startup");
            try {
                fill(dir, writes);
                long best = Long.MAX_VALUE;
                for (int i = 0; i < 5; i++) {
                    long start = System.nanoTime();
                    Database.open(dir).close();
                    best = Math.min(best, System.nanoTime() - start);
                }
                System.out.printf("| %,d | %,d | %,d | %.0f ms |%n", writes, size(dir, "typedoo-testkit.journal"),
                        size(dir, "typedoo-testkit.snapshot"), best / 1e6);
            } finally {
                delete(dir);
            }
        }
    }

    private static void fill(Path dir, int writes) {
        try (Database db = Database.open(dir)) {
            long uid = 2;
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < TASKS && i < writes; i++) {
                ids.add((Long) db.execute(uid, "admin", "todo.task", "create",
                        List.of(Map.of("name", "task " + i)), Map.of()));
            }
            for (int i = ids.size(); i < writes; i++) {
                long id = ids.get(i % ids.size());
                db.execute(uid, "admin", "todo.task", "write",
                        List.of(List.of(id), Map.of("description", "revision " + i + " of task " + id)), Map.of());
            }
        }
    }

    private static long size(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        return Files.exists(file) ? Files.size(file) : 0;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
