package io.typedoo.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Maven set-up of docs/readme/kotlin.md works as written, outside this build: the section's XML block is the
 * whole {@code pom.xml} of a project with no parent, the models of "Declaring models" its main sources and the
 * section's {@code @OdooTest} class its test, and {@code mvn test} runs kapt, test-kapt, kotlinc and javac, then
 * the tests against the testkit server. The tests must have run (a surefire that finds none still succeeds) and
 * passed, on the wrapper's Maven 3.9 and on Debian's Maven 3.8.7, which picks old plugin versions wherever the
 * snippet leaves one out.
 */
class KotlinSetupSnippetTest {

    private static OutsideBuild build;

    @BeforeAll
    static void seedPrivateRepository() throws IOException {
        build = OutsideBuild.seeded("kotlin-setup",
                List.of("annotations", "runtime", "processor", "testkit", "kotlin"));
    }

    @Test
    void theSnippetBuildsAndTestsWithTheWrappersMaven() throws Exception {
        buildAndTest("wrapper", OutsideBuild.wrapperMaven());
    }

    @Test
    void theSnippetBuildsAndTestsWithDebiansMaven387() throws Exception {
        Optional<List<String>> maven = OutsideBuild.debianMaven();
        if (maven.isPresent()) {
            buildAndTest("debian", maven.get());
        }
    }

    /**
     * The processor's errors on a Kotlin model, through real kapt with the guide's set-up: worded for Kotlin, and
     * located at the {@code .kt} line of the mistake (kapt's {@code mapDiagnosticLocations}), not in kapt's stub.
     */
    @Test
    void kaptReportsKotlinMistakesAtTheirKotlinLines() throws Exception {
        Path project = build.project("mistakes", pom(), List.of(models(), MISTAKES));

        String log = build.buildFailing(project, OutsideBuild.wrapperMaven(), 300, "compile");

        List<String> lines = MISTAKES.lines().toList();
        Map<String, String> expected = Map.of(
                "[OdooKotlinVar] Mistakes.name is a `var` property", "var name",
                "[OdooKotlinValueClass] Mistakes.sequence is a `UInt`", "@OdooModel",
                "[OdooFieldType] Mistakes.weight is a `Float` property", "val weight",
                "[OdooX2manyNullable] Mistakes.tags is `List<TodoTaskTag>?`", "val tags",
                "[OdooKotlinSuspend] Mistakes.toggleDone is a `suspend fun`", "suspend fun");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            int line = 1 + lines.indexOf(lines.stream().filter(l -> l.contains(e.getValue())).findFirst()
                    .orElseThrow());
            Pattern located = Pattern.compile("Mistakes\\.kt:" + line + "\\b[^\\n]*" + Pattern.quote(e.getKey()));
            assertTrue(located.matcher(log).find(), e.getKey() + " not reported at Mistakes.kt:" + line + ":\n" + log);
        }
    }

    /** A model with one mistake a line, each one the processor reports. */
    private static final String MISTAKES = """
            // src/main/kotlin/com/example/todo/Mistakes.kt
            package com.example.todo

            import io.typedoo.annotations.OdooField
            import io.typedoo.annotations.OdooMethod
            import io.typedoo.annotations.OdooModel

            @OdooModel("todo.task")
            interface Mistakes {
                var name: String
                val sequence: UInt
                val weight: Float
                @get:OdooField("tag_ids")
                val tags: List<TodoTaskTag>?
                @OdooMethod("do_toggle_done")
                suspend fun toggleDone(): Boolean
            }
            """;

    /** The pom block of the guide's Maven section. */
    private static String pom() throws IOException {
        List<String> xml = OutsideBuild.blocks(OutsideBuild.section(OutsideBuild.guide("kotlin.md"), "## Maven"),
                "xml");
        assertEquals(1, xml.size(), "one pom block");
        return xml.get(0);
    }

    /** The models of the guide's "Declaring models". */
    private static String models() throws IOException {
        List<String> models = OutsideBuild.blocks(OutsideBuild.section(OutsideBuild.guide("kotlin.md"),
                "## Declaring models"), "kotlin");
        assertEquals(1, models.size(), "the models");
        return models.get(0);
    }

    private static void buildAndTest(String name, List<String> maven) throws Exception {
        List<String> tests = OutsideBuild.blocks(OutsideBuild.section(OutsideBuild.guide("kotlin.md"), "## Maven"),
                "kotlin");
        assertEquals(1, tests.size(), "the @OdooTest class");
        Path project = build.project(name, pom(), List.of(models(), tests.get(0)));

        // Every process this Maven starts inherits the marker, so a compile daemon it leaves behind is found.
        String id = UUID.randomUUID().toString();
        String log = build.build(project, maven, 300, Map.of("TYPEDOO_SETUP_BUILD", id), "test");
        assertEquals(List.of(), leftBehind("TYPEDOO_SETUP_BUILD=" + id),
                "the build left processes behind (a Kotlin compile daemon?)");

        Path generated = project.resolve("target/generated-sources/kapt");
        assertTrue(Files.exists(generated.resolve("compile/com/example/todo/TodoTaskModel.java")),
                "kapt did not generate into the folder the guide names:\n" + log);
        assertTrue(Files.exists(generated.resolve("test/com/example/todo/ContactModel.java")),
                "test-kapt did not generate the test model:\n" + log);
        Report report = Report.read(project.resolve("target/surefire-reports"));
        assertEquals(new Report(2, 0), report, "the guide's test class has two tests, all to pass:\n" + log);
    }

    /**
     * The processes still running whose environment holds {@code marker}, killed after they are named: a build
     * with the compile daemon switched off leaves none.
     */
    private static List<String> leftBehind(String marker) {
        List<String> found = new ArrayList<>();
        ProcessHandle.allProcesses().forEach(process -> {
            try {
                byte[] environ = Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "environ"));
                if (new String(environ, StandardCharsets.ISO_8859_1).contains(marker)) {
                    found.add(process.info().commandLine().orElse("pid " + process.pid()));
                    process.destroyForcibly();
                }
            } catch (IOException | SecurityException e) {
                // Gone already, or not ours to read: not a process this build started.
            }
        });
        return found;
    }

    /** What surefire's XML reports say: tests run, and those that did not pass (failed, in error or skipped). */
    record Report(int tests, int notPassed) {

        private static final Pattern SUITE = Pattern.compile(
                "<testsuite [^>]*?tests=\"(\\d+)\"[^>]*?errors=\"(\\d+)\"[^>]*?skipped=\"(\\d+)\"[^>]*?failures=\"(\\d+)\"");

        static Report read(Path reports) throws IOException {
            assertTrue(Files.isDirectory(reports), "surefire wrote no reports: it ran no test class");
            int tests = 0;
            int notPassed = 0;
            try (Stream<Path> files = Files.list(reports)) {
                for (Path file : files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).toList()) {
                    Matcher m = SUITE.matcher(Files.readString(file));
                    assertTrue(m.find(), "no <testsuite> counts in " + file);
                    tests += Integer.parseInt(m.group(1));
                    notPassed += Integer.parseInt(m.group(2)) + Integer.parseInt(m.group(3))
                            + Integer.parseInt(m.group(4));
                }
            }
            return new Report(tests, notPassed);
        }
    }
}
