package io.typedoo.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;

/** The model interfaces under {@code src/test/resources/models} and compilers with the processor. */
final class Fixtures {

    static final List<String> MODELS = List.of("TodoTask", "Priority", "TodoTaskTag", "ResUsers", "ResPartner");

    private Fixtures() {
    }

    static JavaFileObject model(String simpleName) {
        return JavaFileObjects.forResource("models/io/typedoo/example/" + simpleName + ".java");
    }

    static List<JavaFileObject> allModels() {
        return MODELS.stream().map(Fixtures::model).toList();
    }

    static JavaFileObject golden(String simpleName) {
        return JavaFileObjects.forResource("golden/io/typedoo/example/" + simpleName + ".java");
    }

    /**
     * javac with the processor and every lint warning as an error, as a strict user build has it: {@code -Xlint:all
     * -Werror}, {@code -Xlint:processing} included (no annotation of typedoo's or of its generated code unclaimed).
     */
    static Compiler strictJavac() {
        return Compiler.javac().withProcessors(new OdooModelProcessor())
                .withOptions("-Xlint:all", "-Werror");
    }

    static Compilation compileAll() {
        return strictJavac().compile(allModels());
    }
}
