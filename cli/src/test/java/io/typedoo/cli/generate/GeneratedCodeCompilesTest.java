package io.typedoo.cli.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.cli.CliRunner;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import java.io.File;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code typedoo generate} writes compiles, with the typedoo annotation processor running on it, without a
 * warning under the build's own lint options ({@code -Xlint:all,-processing}); the processor's classes exist
 * afterwards.
 */
@OdooTest
class GeneratedCodeCompilesTest {

    @TempDir
    Path dir;

    @Test
    void generatedInterfacesCompileWithTheProcessor(OdooTestServer server) throws Exception {
        Path sources = dir.resolve("src");
        CliRunner.Result result = new CliRunner(dir).variable("TYPEDOO_PASSWORD", "admin").run("generate",
                "todo.task", "todo.task.tag", "res.users", "res.partner", "--package", "com.example.odoo", "--out",
                sources.toString(), "--server", server.url(), "-d", "demo");
        assertEquals(0, result.exitCode(), result.toString());

        List<File> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
        }
        assertEquals(4, files.size(), files.toString());

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path classes = Files.createDirectories(dir.resolve("classes"));
        // The test class path holds the annotations, the runtime, JSpecify and the processor (found through its
        // META-INF/services entry, as a user's build finds it).
        List<String> options = new ArrayList<>(List.of("--release", "17", "-Xlint:all,-processing",
                "-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
                "-s", Files.createDirectories(dir.resolve("generated")).toString()));
        StringWriter output = new StringWriter();
        boolean compiled;
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            compiled = javac.getTask(output, fileManager, diagnostics, options, null,
                    fileManager.getJavaFileObjectsFromFiles(files)).call();
        }
        StringBuilder report = new StringBuilder(output.toString());
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            report.append(d.getKind()).append(": ").append(d.getMessage(Locale.ROOT)).append(" at ")
                    .append(d.getSource() == null ? "?" : d.getSource().getName()).append(':')
                    .append(d.getLineNumber()).append('\n');
        }
        assertTrue(compiled, report.toString());
        assertTrue(diagnostics.getDiagnostics().stream().noneMatch(d -> d.getKind() == Diagnostic.Kind.WARNING
                || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING), report.toString());
        for (String generated : List.of("TodoTaskModel", "TodoTaskRecord", "TodoTaskValues", "ResPartnerModel")) {
            assertTrue(Files.exists(classes.resolve("com/example/odoo/" + generated + ".class")),
                    generated + " was not generated\n" + report);
        }
    }
}
