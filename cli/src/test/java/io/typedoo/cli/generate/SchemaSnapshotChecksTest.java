package io.typedoo.cli.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.cli.CliRunner;
import io.typedoo.cli.generate.JavacWithProcessor.Compiled;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, the command and the processor agree on {@code typedoo-schema/1}: {@code typedoo schema} snapshots
 * the testkit server, and the processor, given that file with {@code -Atypedoo.schema}, accepts what
 * {@code typedoo generate} wrote for the same server without a warning, and rejects a hand-written accessor that
 * misses Odoo's {@code _id} suffix, on its line, with the real field's name.
 */
@OdooTest
class SchemaSnapshotChecksTest {

    private static final List<String> MODELS = List.of("todo.task", "todo.task.tag", "res.users", "res.partner");

    /** The snapshot and the generated interfaces, made once for the class. */
    @TempDir
    static Path shared;

    private static Path schema;
    private static Path sources;

    /** Where each test compiles to. */
    @TempDir
    Path dir;

    @BeforeAll
    static void snapshotAndGenerate(OdooTestServer server) {
        schema = shared.resolve("odoo-schema.json");
        sources = shared.resolve("src");
        List<String> schemaArgs = new ArrayList<>(List.of("schema"));
        schemaArgs.addAll(MODELS);
        schemaArgs.addAll(List.of("-o", schema.toString(), "--server", server.url(), "-d", "demo"));
        CliRunner.Result snapshot = new CliRunner(shared).variable("TYPEDOO_PASSWORD", "admin")
                .run(schemaArgs.toArray(String[]::new));
        assertEquals(0, snapshot.exitCode(), snapshot.toString());

        List<String> generateArgs = new ArrayList<>(List.of("generate"));
        generateArgs.addAll(MODELS);
        generateArgs.addAll(List.of("--package", "com.example.odoo", "--out", sources.toString(), "--server",
                server.url(), "-d", "demo"));
        CliRunner.Result generated = new CliRunner(shared).variable("TYPEDOO_PASSWORD", "admin")
                .run(generateArgs.toArray(String[]::new));
        assertEquals(0, generated.exitCode(), generated.toString());
    }

    @Test
    void generatedInterfacesPassTheSchemaChecks() throws IOException {
        Compiled compiled = compile(javaFiles());
        assertTrue(compiled.success(), compiled.report());
        assertTrue(compiled.diagnostics().stream().noneMatch(d -> d.getKind() != Diagnostic.Kind.NOTE),
                compiled.report());
        assertTrue(Files.exists(dir.resolve("classes/com/example/odoo/TodoTaskModel.class")), compiled.report());
    }

    @Test
    void accessorWithoutTheRelationSuffixIsACompileErrorWithTheRealName() throws IOException {
        Path mine = Files.createDirectories(dir.resolve("mine/com/example/mine")).resolve("MyTask.java");
        Files.writeString(mine, """
                package com.example.mine;

                import com.example.odoo.ResUsers;
                import io.typedoo.annotations.OdooModel;
                import org.jspecify.annotations.Nullable;

                @OdooModel("todo.task")
                public interface MyTask {
                    String name();

                    @Nullable ResUsers user();
                }
                """);
        List<File> files = new ArrayList<>(javaFiles());
        files.add(mine.toFile());
        Compiled compiled = compile(files);
        assertFalse(compiled.success(), compiled.report());
        List<Diagnostic<? extends JavaFileObject>> errors = compiled.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
        assertEquals(1, errors.size(), compiled.report());
        Diagnostic<? extends JavaFileObject> error = errors.get(0);
        assertTrue(error.getMessage(Locale.ROOT).startsWith("[OdooSchemaField] MyTask.user() reads the field"
                + " 'user', which todo.task does not have in the schema snapshot; did you mean 'user_id'?"),
                compiled.report());
        assertTrue(error.getSource().getName().endsWith("MyTask.java"), compiled.report());
        assertEquals(11, error.getLineNumber(), compiled.report());
    }

    private static List<File> javaFiles() throws IOException {
        return JavacWithProcessor.javaFiles(sources);
    }

    /** javac with the processor found on the test class path, as a user's build finds it, and the snapshot. */
    private Compiled compile(List<File> files) throws IOException {
        return JavacWithProcessor.compile(dir, files, "-Atypedoo.schema=" + schema);
    }
}
