package io.typedoo.cli.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.cli.CliRunner;
import io.typedoo.domain.Domain;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import io.typedoo.typed.Field;
import io.typedoo.untyped.Row;
import java.io.File;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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

    /**
     * Every model the server lists in {@code ir.model}, plus one whose field names look like the generated classes'
     * own members ({@code info}, {@code model_name}, {@code of}, {@code client}, {@code values}, {@code refresh},
     * {@code hash_code}, {@code class}, {@code x_a_b} next to {@code x_ab}), generated in one run: all of it
     * compiles with the processor, without a warning, and each of those fields keeps its name.
     */
    @Test
    void everyModelOfTheServerGeneratesAndCompiles() throws Exception {
        List<String> awkward = List.of("info", "model_name", "of", "client", "values", "refresh", "hash_code",
                "class", "x_a_b", "x_ab", "ids", "to_string", "get_class");
        try (OdooTestServer server = OdooTestServer.builder().configure(models -> {
            var names = models.define("x.awkward.names");
            awkward.forEach(names::charField);
            names.register();
        }).start()) {
            List<String> models = new ArrayList<>();
            for (Row row : server.client().model("ir.model").searchRead(Domain.all(), "model")) {
                models.add(row.getString("model"));
            }
            assertTrue(models.contains("x.awkward.names") && models.size() > 10, models.toString());
            Path sources = dir.resolve("all");
            List<String> args = new ArrayList<>(List.of("generate"));
            args.addAll(models);
            args.addAll(List.of("--package", "com.example.all", "--out", sources.toString(), "--server", server.url(),
                    "-d", server.databaseName()));
            CliRunner.Result result = new CliRunner(dir).variable("TYPEDOO_PASSWORD", "admin")
                    .run(args.toArray(String[]::new));
            assertEquals(0, result.exitCode(), result.toString());

            List<File> files = JavacWithProcessor.javaFiles(sources);
            assertEquals(models.size(), files.size(), files.toString());
            JavacWithProcessor.Compiled compiled = JavacWithProcessor.compile(dir.resolve("out"), files);
            assertTrue(compiled.success(), compiled.report());
            assertTrue(compiled.warningFree(), compiled.report());

            try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("out/classes").toUri().toURL()},
                    getClass().getClassLoader())) {
                Class<?> model = loader.loadClass("com.example.all.XAwkwardNamesModel");
                Set<String> read = new TreeSet<>();
                for (java.lang.reflect.Field f : model.getFields()) {
                    if (Modifier.isStatic(f.getModifiers()) && Field.class.isAssignableFrom(f.getType())) {
                        read.add(((Field) f.get(null)).name());
                    }
                }
                assertTrue(read.containsAll(awkward), read + " lacks some of " + awkward);
            }
        }
    }
}
