package io.typedoo.cli.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.annotations.FieldNames;
import io.typedoo.cli.CliRunner;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.typed.Field;
import java.io.File;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one naming rule ({@link FieldNames}) on a table of tricky names, through the three modules that apply it: the
 * processor (the field a generated constant names), the testkit (the field {@code @OdooTest(models = ...)} defines
 * for an accessor) and {@code typedoo generate} (the accessor it writes for a field, compiled back through the
 * processor to the same field).
 */
class NamingRuleTest {

    /** Accessor to the Odoo field it reads without {@code @OdooField}. */
    private static final Map<String, String> ACCESSORS = new LinkedHashMap<>();

    static {
        ACCESSORS.put("vatID", "vat_id");
        ACCESSORS.put("websiteURL", "website_url");
        ACCESSORS.put("partnerId", "partner_id");
        ACCESSORS.put("isCompany", "is_company");
        ACCESSORS.put("URL", "url");
        ACCESSORS.put("ids", "ids");
        ACCESSORS.put("getHtmlURLPath", "html_url_path");
        ACCESSORS.put("xAB", "x_ab");
        ACCESSORS.put("xStudioField2", "x_studio_field2");
    }

    /** Odoo fields {@code typedoo generate} must write accessors for that read them back. */
    private static final List<String> FIELDS = List.of("vat_id", "website_url", "x_a_b", "x_studio_field_2",
            "partner_id", "is_company", "url", "ids", "x_ab", "html_url_path");

    @TempDir
    Path dir;

    @Test
    void processorAndTestkitReadTheSameFieldForEveryAccessor() throws Exception {
        StringBuilder source = new StringBuilder("""
                package com.example.tricky;

                import io.typedoo.annotations.OdooModel;
                import org.jspecify.annotations.Nullable;

                @OdooModel("x.tricky")
                public interface Tricky {
                """);
        ACCESSORS.keySet().forEach(accessor -> source.append("    @Nullable String ").append(accessor).append("();\n"));
        source.append("}\n");
        Path file = Files.createDirectories(dir.resolve("src/com/example/tricky")).resolve("Tricky.java");
        Files.writeString(file, source);
        JavacWithProcessor.Compiled compiled = JavacWithProcessor.compile(dir, List.of(file.toFile()));
        assertTrue(compiled.success(), compiled.report());

        try (URLClassLoader loader = loader()) {
            Class<?> model = loader.loadClass("com.example.tricky.TrickyModel");
            Class<?> declared = loader.loadClass("com.example.tricky.Tricky");
            try (OdooTestServer server = OdooTestServer.builder().configure(r -> r.define(declared)).start()) {
                Set<String> defined = server.client().model("x.tricky").fieldsGet("type").keySet();
                ACCESSORS.forEach((accessor, field) -> {
                    assertEquals(field, FieldNames.fieldName(accessor), accessor);
                    String constant = FieldNames.constantName(FieldNames.property(accessor));
                    assertEquals(field, constantField(model, constant), "processor, " + accessor);
                    assertTrue(defined.contains(field), "testkit defined " + defined + ", not " + field);
                });
            }
        }
    }

    @Test
    void generateWritesAccessorsThatCompileBackToTheSameFields() throws Exception {
        try (OdooTestServer server = OdooTestServer.builder().configure(r -> {
            var tricky = r.define("x.tricky");
            FIELDS.forEach(tricky::charField);
            tricky.register();
        }).start()) {
            Path sources = dir.resolve("src");
            CliRunner.Result result = new CliRunner(dir).variable("TYPEDOO_PASSWORD", "admin").run("generate",
                    "x.tricky", "--package", "com.example.gen", "--out", sources.toString(),
                    "--server", server.url(), "-d", server.databaseName());
            assertEquals(0, result.exitCode(), result.toString());
            List<File> files = JavacWithProcessor.javaFiles(sources);
            JavacWithProcessor.Compiled compiled = JavacWithProcessor.compile(dir, files);
            assertTrue(compiled.success(), compiled.report());

            try (URLClassLoader loader = loader()) {
                Class<?> model = loader.loadClass("com.example.gen.XTrickyModel");
                Set<String> read = new TreeSet<>();
                for (java.lang.reflect.Field f : model.getFields()) {
                    if (Modifier.isStatic(f.getModifiers()) && Field.class.isAssignableFrom(f.getType())) {
                        read.add(((Field) f.get(null)).name());
                    }
                }
                Set<String> expected = new TreeSet<>(FIELDS);
                expected.add("id");
                assertTrue(read.containsAll(expected), "generated code reads " + read + ", not all of " + expected
                        + "\n" + Files.readString(sources.resolve("com/example/gen/XTricky.java")));
            }
        }
    }

    private URLClassLoader loader() throws Exception {
        return new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, getClass().getClassLoader());
    }

    private static String constantField(Class<?> model, String constant) {
        try {
            return ((Field) model.getField(constant).get(null)).name();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(model.getName() + " has no constant " + constant, e);
        }
    }
}
