package io.typedoo.it.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * processor.md's claim about a {@code provided}-scope processor (on the class path, not the processor path): javac
 * 17 to 22 run it by default, javac 23 and later only with {@code -proc:full}. Checked with the JDK 25 installed at
 * {@code typedoo.jdk25} (default {@code /usr/lib/jvm/temurin-25-jdk-amd64}) where present; this build's own
 * {@code integration-tests} module is the JDK 17 case (its models are generated that way).
 */
class ProvidedScopeProcessorTest {

    private static final Path JDK25 = Path.of(System.getProperty("typedoo.jdk25",
            "/usr/lib/jvm/temurin-25-jdk-amd64"));

    @TempDir
    Path dir;

    @Test
    void javac25RunsAClassPathProcessorOnlyWithProcFull() throws Exception {
        Path javac = JDK25.resolve("bin/javac");
        if (!Files.isExecutable(javac)) {
            System.err.println("No JDK 25 at " + JDK25 + ": the -proc:full claim was not checked");
            return;
        }
        Path source = Files.createDirectories(dir.resolve("src/shop")).resolve("Task.java");
        Files.writeString(source, """
                package shop;

                import io.typedoo.annotations.OdooModel;

                @OdooModel("shop.task")
                public interface Task {
                    String name();
                }
                """);

        Path plain = compile(javac, source, "plain");
        assertFalse(Files.exists(plain.resolve("shop/TaskModel.class")), "javac 25 ran the processor without -proc:full");

        Path full = compile(javac, source, "full", "-proc:full");
        assertTrue(Files.exists(full.resolve("shop/TaskModel.class")), "javac 25 -proc:full did not run the processor");
    }

    private Path compile(Path javac, Path source, String name, String... options) throws Exception {
        Path out = Files.createDirectories(dir.resolve(name));
        List<String> command = new ArrayList<>(List.of(javac.toString(), "--release", "17",
                "-classpath", System.getProperty("java.class.path"), "-d", out.toString()));
        command.addAll(List.of(options));
        command.add(source.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "javac did not finish");
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve(name + ".log")));
        return out;
    }
}
