package io.typedoo.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The generated field constants and values builders accept only values of the field's type. */
class TypeSafetyTest {

    private static final List<String> ILL_TYPED = List.of(
            "TodoTaskModel.NAME.eq(42)",
            "TodoTaskModel.IS_DONE.eq(\"yes\")",
            "TodoTaskModel.DATE_DEADLINE.lt(\"2026-01-01\")",
            "TodoTaskModel.PRIORITY.eq(\"1\")",
            "TodoTaskModel.USER.in(tag)",
            "TodoTaskModel.TAGS.contains(user)",
            "TodoTaskModel.NAME.gt(\"a\")",
            "new TodoTaskValues().isDone(\"true\")",
            "new TodoTaskValues().user(tag)",
            "new TodoTaskValues().tags(X2many.add(user))");

    /** A class with one method per statement, compiled with the fixture models and the processor. */
    private static Compilation compileWith(List<String> statements) {
        StringBuilder methods = new StringBuilder();
        for (int i = 0; i < statements.size(); i++) {
            methods.append("    Object use").append(i).append("(TodoTaskTag tag, ResUsers user) {\n")
                    .append("        return ").append(statements.get(i)).append(";\n    }\n");
        }
        JavaFileObject user = JavaFileObjects.forSourceString("io.typedoo.example.Usage", """
                package io.typedoo.example;

                import io.typedoo.domain.Domain;
                import io.typedoo.typed.X2many;
                import java.time.LocalDate;
                import java.util.List;

                class Usage {
                %s}
                """.formatted(methods));
        List<JavaFileObject> sources = new ArrayList<>(Fixtures.allModels());
        sources.add(user);
        return Fixtures.strictJavac().compile(sources);
    }

    @Test
    void wellTypedUsesCompile() {
        Compilation compilation = compileWith(List.of("List.of("
                + "TodoTaskModel.NAME.ilike(\"x\").and(TodoTaskModel.IS_DONE.eq(false)),"
                + "TodoTaskModel.USER.in(user), TodoTaskModel.DATE_DEADLINE.lt(LocalDate.now()),"
                + "TodoTaskModel.PRIORITY.eq(Priority.URGENT), TodoTaskModel.NAME.desc(),"
                + "TodoTaskModel.TAGS.contains(tag), new TodoTaskValues().name(\"n\").isDone(true).user(user)"
                + ".tags(X2many.add(tag)))"));

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void illTypedUsesDoNotCompile() {
        Compilation compilation = compileWith(ILL_TYPED);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(ILL_TYPED.size());
        JavaFileObject usage = compilation.sourceFiles().stream()
                .filter(f -> f.getName().endsWith("Usage.java")).findFirst().orElseThrow();
        for (String statement : ILL_TYPED) {
            assertThat(compilation).hadErrorContaining("").inFile(usage).onLineContaining(statement);
        }
    }
}
