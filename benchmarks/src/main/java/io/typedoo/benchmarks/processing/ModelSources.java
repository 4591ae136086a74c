package io.typedoo.benchmarks.processing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code count} {@code @OdooModel} interfaces of realistic size for the processing benchmark: seven plain
 * fields of the common types, a many2one to the previous model and a one2many to the next, so the processor also
 * resolves relations between models.
 */
public final class ModelSources {

    /** The package of the written interfaces. */
    public static final String PACKAGE = "bench.models";

    private ModelSources() {
    }

    /** Writes the interfaces under {@code root} (in package directories) and returns their files. */
    public static List<Path> write(Path root, int count) {
        Path dir = root.resolve(PACKAGE.replace('.', '/'));
        List<Path> files = new ArrayList<>(count);
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < count; i++) {
                Path file = dir.resolve(name(i) + ".java");
                Files.writeString(file, source(i, count), StandardCharsets.UTF_8);
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model sources under " + root, e);
        }
        return files;
    }

    static String source(int i, int count) {
        String previous = name((i + count - 1) % count);
        String next = name((i + 1) % count);
        return """
                package %s;

                import io.typedoo.annotations.OdooField;
                import io.typedoo.annotations.OdooModel;
                import java.time.LocalDate;
                import java.time.LocalDateTime;
                import java.util.List;
                import org.jspecify.annotations.Nullable;

                /** Benchmark model number %d. */
                @OdooModel("bench.model%d")
                public interface %s {
                    String name();
                    boolean isActive();
                    long sequence();
                    double amount();
                    @Nullable String description();
                    @Nullable LocalDate dateStart();
                    @Nullable LocalDateTime lastSeen();
                    @OdooField("parent_id") @Nullable %s parent();
                    @OdooField("line_ids") List<%s> lines();
                }
                """.formatted(PACKAGE, i, i, name(i), previous, next);
    }

    private static String name(int i) {
        return String.format("Model%03d", i);
    }
}
