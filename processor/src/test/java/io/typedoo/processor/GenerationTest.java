package io.typedoo.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** What the processor writes for valid models: golden files, strict compilation, determinism, options. */
class GenerationTest {

    @Test
    void validModelsCompileWithoutAnyWarningUnderStrictLint() {
        Compilation compilation = Fixtures.compileAll();

        assertThat(compilation).succeededWithoutWarnings();
        for (String model : List.of("TodoTask", "TodoTaskTag", "ResUsers", "ResPartner")) {
            for (String suffix : List.of("Model", "Record", "Values")) {
                assertThat(compilation).generatedSourceFile("io.typedoo.example." + model + suffix);
            }
        }
    }

    @Test
    void generatedSourcesMatchTheGoldenFiles() {
        Compilation compilation = Fixtures.compileAll();

        for (String generated : List.of("TodoTaskModel", "TodoTaskRecord", "TodoTaskValues", "ResPartnerValues")) {
            assertThat(compilation).generatedSourceFile("io.typedoo.example." + generated)
                    .hasSourceEquivalentTo(Fixtures.golden(generated));
        }
    }

    @Test
    void modelClassLayoutIsExactlyTheGoldenText() {
        Compilation compilation = Fixtures.compileAll();

        assertThat(compilation).generatedSourceFile("io.typedoo.example.TodoTaskModel")
                .contentsAsUtf8String().isEqualTo(text(Fixtures.golden("TodoTaskModel")));
    }

    @Test
    void generatedCodeCompilesOnItsOwnUnderEveryLintWarning() {
        Compilation generation = Fixtures.compileAll();
        List<JavaFileObject> sources = new ArrayList<>(Fixtures.allModels());
        sources.addAll(generation.generatedSourceFiles());

        Compilation plain = Compiler.javac().withOptions("-proc:none", "-Xlint:all", "-Werror").compile(sources);

        assertThat(plain).succeededWithoutWarnings();
    }

    @Test
    void outputIsDeterministic() {
        Compilation first = Fixtures.compileAll();
        Compilation second = Fixtures.compileAll();

        assertThat(first.generatedSourceFiles()).hasSize(12);
        for (JavaFileObject file : first.generatedSourceFiles()) {
            JavaFileObject again = second.generatedSourceFiles().stream()
                    .filter(f -> f.getName().equals(file.getName())).findFirst().orElseThrow();
            assertThat(text(again)).isEqualTo(text(file));
        }
    }

    @Test
    void generatedAnnotationCanBeSwitchedOff() {
        Compilation compilation = Fixtures.strictJavac()
                .withOptions("-Xlint:all,-processing", "-Werror", "-Atypedoo.generatedAnnotation=false")
                .compile(Fixtures.allModels());

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("io.typedoo.example.TodoTaskRecord")
                .contentsAsUtf8String().doesNotContain("@Generated");
        assertThat(compilation).generatedSourceFile("io.typedoo.example.TodoTaskRecord")
                .contentsAsUtf8String().contains("@NullMarked");
    }

    @Test
    void kaptStubsWithJetBrainsNullnessAndKotlinGettersAreRead() {
        JavaFileObject nullable = JavaFileObjects.forSourceString("org.jetbrains.annotations.Nullable", """
                package org.jetbrains.annotations;
                import java.lang.annotation.*;
                @Retention(RetentionPolicy.CLASS)
                @Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.LOCAL_VARIABLE})
                public @interface Nullable {}
                """);
        JavaFileObject notNull = JavaFileObjects.forSourceString("org.jetbrains.annotations.NotNull", """
                package org.jetbrains.annotations;
                import java.lang.annotation.*;
                @Retention(RetentionPolicy.CLASS)
                @Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.LOCAL_VARIABLE})
                public @interface NotNull {}
                """);
        // The shape kapt writes for: interface Note { val id: Long; val name: String; val isDone: Boolean;
        // val description: String?; @get:OdooField("parent_id") val parent: Note? }
        JavaFileObject stub = JavaFileObjects.forSourceString("notes.Note", """
                package notes;
                @io.typedoo.annotations.OdooModel("todo.task")
                public abstract interface Note {
                    public abstract long getId();
                    @org.jetbrains.annotations.NotNull()
                    public abstract java.lang.String getName();
                    public abstract boolean isDone();
                    @org.jetbrains.annotations.Nullable()
                    public abstract java.lang.String getDescription();
                    @io.typedoo.annotations.OdooField("parent_id")
                    @org.jetbrains.annotations.Nullable()
                    public abstract notes.Note getParent();
                }
                """);

        Compilation compilation = Fixtures.strictJavac().compile(nullable, notNull, stub);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("notes.NoteModel").contentsAsUtf8String()
                .contains("BooleanField IS_DONE = BooleanField.of(\"is_done\")");
        assertThat(compilation).generatedSourceFile("notes.NoteRecord").contentsAsUtf8String()
                .contains("public long getId() {\n        return id();");
        assertThat(compilation).generatedSourceFile("notes.NoteRecord").contentsAsUtf8String()
                .contains("public String getName() {\n        return get(NoteModel.NAME);");
        assertThat(compilation).generatedSourceFile("notes.NoteRecord").contentsAsUtf8String()
                .contains("public @Nullable String getDescription() {\n"
                        + "        return getOrNull(NoteModel.DESCRIPTION);");
        assertThat(compilation).generatedSourceFile("notes.NoteRecord").contentsAsUtf8String()
                .contains("public @Nullable Note getParent() {\n        return many2oneOrNull(NoteModel.PARENT);");
        assertThat(compilation).generatedSourceFile("notes.NoteRecord").contentsAsUtf8String()
                .contains("public long getId() {\n        return id();");
    }

    @Test
    void modelMethodsPassTypedArgumentsByNameAndReadTypedResults() {
        Compilation compilation = Fixtures.compileAll();

        assertThat(compilation).generatedSourceFile("io.typedoo.example.ResPartnerRecord").contentsAsUtf8String()
                .contains("public void post(String body, @Nullable LocalDateTime at, List<ResPartner> followers,\n"
                        + "            Priority priority) {\n"
                        + "        callVoid(\"message_post\", arguments(\"body\", body, \"at\", at, \"followers\", followers,"
                        + " \"priority\", priority));");
        assertThat(compilation).generatedSourceFile("io.typedoo.example.ResPartnerRecord").contentsAsUtf8String()
                .contains("public @Nullable String lastMessage(long limit) {\n"
                        + "        return callOrNull(\"last_message\", ValueType.STRING, arguments(\"limit\", limit));");
        assertThat(compilation).generatedSourceFile("io.typedoo.example.ResPartnerRecord").contentsAsUtf8String()
                .contains("public BigDecimal credit(Instant at) {\n"
                        + "        return call(\"get_credit\", ValueType.DECIMAL, arguments(\"at\", at));");
    }

    @Test
    void modelsInTheUnnamedPackageAndNestedModelsWork() {
        JavaFileObject top = JavaFileObjects.forSourceString("Thing", """
                @io.typedoo.annotations.OdooModel("x.thing")
                public interface Thing {
                    String name();
                    @io.typedoo.annotations.OdooField("parent_id") Thing parent();
                }
                """);
        JavaFileObject nested = JavaFileObjects.forSourceString("shop.Outer", """
                package shop;
                public class Outer {
                    @io.typedoo.annotations.OdooModel("shop.line")
                    public interface Line {
                        String name();
                        @io.typedoo.annotations.OdooField("line_ids") java.util.List<Line> lines();
                    }
                }
                """);

        Compilation compilation = Fixtures.strictJavac().compile(top, nested);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("ThingRecord");
        assertThat(compilation).generatedSourceFile("shop.Outer_LineModel").contentsAsUtf8String()
                .contains("X2manyField<Outer.Line> LINES = X2manyField.of(\"line_ids\", Outer_LineModel::info);");
    }

    private static String text(JavaFileObject file) {
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
