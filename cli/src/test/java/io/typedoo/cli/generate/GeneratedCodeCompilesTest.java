package io.typedoo.cli.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.cli.CliRunner;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code typedoo generate} writes compiles, with the typedoo annotation processor running on it, without a
 * warning under {@code -Xlint:all}, processing included; the processor's classes exist
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

        List<File> files = JavacWithProcessor.javaFiles(sources);
        assertEquals(4, files.size(), files.toString());

        JavacWithProcessor.Compiled compiled = JavacWithProcessor.compile(dir, files);
        assertTrue(compiled.success(), compiled.report());
        assertTrue(compiled.warningFree(), compiled.report());
        Path classes = dir.resolve("classes");
        for (String generated : List.of("TodoTaskModel", "TodoTaskRecord", "TodoTaskValues", "ResPartnerModel")) {
            assertTrue(Files.exists(classes.resolve("com/example/odoo/" + generated + ".class")),
                    generated + " was not generated\n" + compiled.report());
        }
    }
}
