package io.typedoo.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
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

    private static String text(JavaFileObject file) {
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
