package io.typedoo.cli.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.cli.CliRunner;
import io.typedoo.cli.ExitCode;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code typedoo generate --methods} against the test server answering as Odoo 19, with an API key: the asked
 * methods are declared with the parameter names and types of the server's {@code /doc-bearer} signatures, what
 * cannot be typed is named with the reason, and the interface compiles through the processor without a warning.
 */
@OdooTest(odooVersion = 19)
class GenerateMethodsTest {

    @TempDir
    Path dir;

    @Test
    void documentedMethodsAreDeclaredTypedAndCompileWithTheProcessor(OdooTestServer server) throws Exception {
        Path sources = dir.resolve("src");
        CliRunner.Result result = new CliRunner(dir).variable("TYPEDOO_API_KEY", OdooTestServer.ADMIN_API_KEY)
                .run("generate", "todo.task", "--methods", "do_toggle_done,has_access,name_search,no_such_method",
                        "--package", "com.example.odoo", "--out", sources.toString(), "--server", server.url(),
                        "-d", server.databaseName());
        assertEquals(0, result.exitCode(), result.toString());
        String source = Files.readString(sources.resolve("com/example/odoo/TodoTask.java"));
        for (String expected : List.of(
                "@OdooMethod(\"do_toggle_done\")\n    void doToggleDone();",
                "@OdooMethod(\"has_access\")\n    boolean hasAccess(String operation);",
                "<li>{@code name_search}: it runs on no record (&#64;api.model)",
                "<li>{@code no_such_method}: the server does not document it for this model")) {
            assertTrue(source.contains(expected), "missing\n  " + expected + "\nin\n" + source);
        }

        List<File> files = JavacWithProcessor.javaFiles(sources);
        JavacWithProcessor.Compiled compiled = JavacWithProcessor.compile(dir, files);
        assertTrue(compiled.success(), compiled.report());
        assertTrue(compiled.warningFree(), compiled.report());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()},
                getClass().getClassLoader())) {
            Class<?> record = loader.loadClass("com.example.odoo.TodoTaskRecord");
            Method hasAccess = record.getMethod("hasAccess", String.class);
            assertEquals(boolean.class, hasAccess.getReturnType());
            assertEquals(void.class, record.getMethod("doToggleDone").getReturnType());
        }
    }

    @Test
    void withoutJson2MethodsSayWhatTheyNeed(OdooTestServer server) {
        CliRunner.Result result = new CliRunner(dir).variable("TYPEDOO_PASSWORD", OdooTestServer.ADMIN)
                .run("generate", "todo.task", "--methods", "do_toggle_done", "--package", "com.example.odoo",
                        "--out", dir.resolve("src").toString(), "--server", server.url(), "-d",
                        server.databaseName());
        assertEquals(ExitCode.USAGE, result.exitCode(), result.toString());
        assertEquals("typedoo: --methods needs Odoo 19 or later over JSON-2: it reads the methods' parameter names"
                + " and types from /doc-bearer/todo.task.json, which only JSON-2 servers have; this connection speaks"
                + " XMLRPC (with --api-key, typedoo speaks JSON-2 to Odoo 19 and later)", result.err().strip());
    }
}
