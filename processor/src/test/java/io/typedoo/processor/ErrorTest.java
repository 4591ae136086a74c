package io.typedoo.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.typedoo.processor.diag.Messages;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per compile error: the message (from {@link Messages}), the file and line it points at, that it is the
 * only error, and that nothing was generated for the broken interface.
 */
class ErrorTest {

    private static final String HEADER = """
            package shop;

            import io.typedoo.annotations.OdooField;
            import io.typedoo.annotations.OdooMethod;
            import io.typedoo.annotations.OdooModel;
            import io.typedoo.annotations.OdooParam;
            import java.util.List;
            """;

    private static JavaFileObject source(String body) {
        return JavaFileObjects.forSourceString("shop.Task", HEADER + body);
    }

    private final RecordingProcessor processor = new RecordingProcessor();

    private Compilation compile(JavaFileObject... sources) {
        return Compiler.javac().withProcessors(processor).compile(sources);
    }

    private void assertOnlyError(JavaFileObject source, String message, String lineContaining) {
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(lineContaining);
        assertThat(processor.created()).isEmpty();
    }

    @Test
    void classInsteadOfInterface() {
        JavaFileObject source = source("""
                @OdooModel("shop.task")
                public class Task {
                }
                """);
        assertOnlyError(source, Messages.MODEL_NOT_INTERFACE.format("Task", "a class", "Task"), "@OdooModel");
    }

    @Test
    void invalidModelName() {
        JavaFileObject source = source("""
                @OdooModel("Shop Task")
                public interface Task {
                    String name();
                }
                """);
        assertOnlyError(source, Messages.MODEL_NAME_INVALID.format("Shop Task"), "@OdooModel");
    }

    @Test
    void genericInterface() {
        JavaFileObject source = source("""
                @OdooModel("shop.task")
                public interface Task<T> {
                    String name();
                }
                """);
        assertOnlyError(source, Messages.MODEL_GENERIC.format("Task"), "interface Task<T>");
    }

    @Test
    void privateNestedInterface() {
        JavaFileObject source = source("""
                public class Task {
                    @OdooModel("shop.task")
                    private interface Line {
                        String name();
                    }
                }
                """);
        assertOnlyError(source, Messages.MODEL_PRIVATE.format("Line"), "private interface Line");
    }

    @Test
    void unsupportedFieldType() {
        JavaFileObject source = source("""
                @OdooModel("shop.task")
                public interface Task {
                    String name();
                    float weight();
                }
                """);
        assertOnlyError(source, Messages.FIELD_TYPE_UNSUPPORTED.format("Task", "weight", "float"), "float weight()");
    }

    @Test
    void unsupportedListElementType() {
        JavaFileObject source = source("""
                @OdooModel("shop.task")
                public interface Task {
                    List<String> labels();
                }
                """);
        assertOnlyError(source, Messages.FIELD_TYPE_UNSUPPORTED.format("Task", "labels", "List<String>"),
                "List<String> labels()");
    }

    @Test
    void many2oneToAnInterfaceThatIsNotAModel() {
        JavaFileObject source = source("""
                @OdooModel("shop.task")
                public interface Task {
                    @OdooField("owner_id") Owner owner();
                }
                interface Owner {
                    String name();
                }
                """);
        assertOnlyError(source, Messages.RELATION_NOT_MODEL.format("Task", "owner", "Owner", "Owner"),
                "Owner owner()");
    }

    @Test
    void x2manyToAnInterfaceThatIsNotAModel() {
        JavaFileObject source = source("""
                @OdooModel("shop.task")
                public interface Task {
                    @OdooField("owner_ids") List<Owner> owners();
                }
                interface Owner {
                    String name();
                }
                """);
        assertOnlyError(source, Messages.RELATION_NOT_MODEL.format("Task", "owners", "Owner", "Owner"),
                "List<Owner> owners()");
    }

    @Test
    void twoAccessorsForTheSameOdooField() {
        JavaFileObject source = source("""
                @OdooModel("shop.task")
                public interface Task {
                    String name();
                    @OdooField("name") String title();
                }
                """);
        assertOnlyError(source, Messages.FIELD_DUPLICATE.format("Task", "title", "name", "name"), "String title()");
    }

    @Test
    void twoAccessorsForTheSameProperty() {
        JavaFileObject source = source("""
                @OdooModel("shop.task")
                public interface Task {
                    String name();
                    @OdooField("display_name") String getName();
                }
                """);
        assertOnlyError(source, Messages.PROPERTY_DUPLICATE.format("Task", "getName", "name", "name"),
                "String getName()");
    }

    @Test
    void invalidOdooFieldName() {
        JavaFileObject source = source("""
                @OdooModel("shop.task")
                public interface Task {
                    @OdooField("User Id") long userId();
                }
                """);
        assertOnlyError(source, Messages.FIELD_NAME_INVALID.format("User Id"), "long userId()");
    }

    @Test
    void idThatIsNotLong() {
        JavaFileObject source = source("""
                @OdooModel("shop.task")
                public interface Task {
                    String id();
                }
                """);
        assertOnlyError(source, Messages.ID_TYPE.format("Task", "id"), "String id()");
    }

    @Test
    void accessorClashingWithTheRecordBase() {
        JavaFileObject source = source("""
                @OdooModel("shop.task")
                public interface Task {
                    String modelName();
                }
                """);
        assertOnlyError(source, Messages.RESERVED_NAME.format("Task", "modelName", "modelName", "model_name"),
                "String modelName()");
    }

    @Test
    void methodWithParametersButNoOdooMethod() {
        JavaFileObject source = source("""
                @OdooModel("shop.task")
                public interface Task {
                    String greet(String who);
                }
                """);
        assertOnlyError(source, Messages.METHOD_WITHOUT_ANNOTATION.format("Task", "greet"), "String greet(");
    }

    @Test
    void voidAccessor() {
        JavaFileObject source = source("""
                @OdooModel("shop.task")
                public interface Task {
                    void archive();
                }
                """);
        assertOnlyError(source, Messages.VOID_ACCESSOR.format("Task", "archive"), "void archive()");
    }

    @Test
    void genericMethod() {
        JavaFileObject source = source("""
                @OdooModel("shop.task")
                public interface Task {
                    <T> T pick();
                }
                """);
        assertOnlyError(source, Messages.METHOD_GENERIC.format("Task", "pick"), "<T> T pick()");
    }

    @Test
    void fieldAndMethodAnnotationsTogether() {
        JavaFileObject source = source("""
                @OdooModel("shop.task")
                public interface Task {
                    @OdooField("done") @OdooMethod("do_done") boolean done();
                }
                """);
        assertOnlyError(source, Messages.FIELD_AND_METHOD.format("Task", "done"), "boolean done()");
    }

    @Test
    void privateOdooMethodName() {
        JavaFileObject source = source("""
                @OdooModel("shop.task")
                public interface Task {
                    @OdooMethod("_compute_total") boolean computeTotal();
                }
                """);
        assertOnlyError(source, Messages.METHOD_NAME_INVALID.format("_compute_total"), "@OdooMethod");
    }

    @Test
    void unsupportedMethodParameter() {
        JavaFileObject source = source("""
                @OdooModel("shop.task")
                public interface Task {
                    @OdooMethod("assign") boolean assign(Object anything);
                }
                """);
        assertOnlyError(source, Messages.METHOD_PARAMETER_TYPE.format("anything", "Task", "assign", "Object"),
                "boolean assign(");
    }

    @Test
    void methodParameterWhoseNameWasNotKept() {
        JavaFileObject source = source("""
                @OdooModel("shop.task")
                public interface Task {
                    @OdooMethod("assign") boolean assign(long arg0);
                }
                """);
        assertOnlyError(source, Messages.METHOD_PARAMETER_UNNAMED.format("arg0", "Task", "assign"),
                "boolean assign(");
    }

    @Test
    void methodParameterWithoutAPythonName() {
        JavaFileObject source = source("""
                @OdooModel("shop.task")
                public interface Task {
                    @OdooMethod("move") boolean move(long from);
                }
                """);
        assertOnlyError(source, Messages.METHOD_PARAMETER_NAME.format("from", "Task", "move", "from",
                "is a Python keyword"), "boolean move(");
    }

    @Test
    void odooParamNamesAParameter() {
        JavaFileObject source = source("""
                @OdooModel("shop.task")
                public interface Task {
                    @OdooMethod("move") boolean move(@OdooParam("from_location") long from, long arg0);
                }
                """);
        assertOnlyError(source, Messages.METHOD_PARAMETER_UNNAMED.format("arg0", "Task", "move"),
                "boolean move(");
        JavaFileObject named = source("""
                @OdooModel("shop.task")
                public interface Task {
                    @OdooMethod("move") boolean move(@OdooParam("from_location") long from,
                            @OdooParam("days") long arg0, long toLocation);
                }
                """);
        Compilation compilation = Compiler.javac().withProcessors(new RecordingProcessor()).compile(named);
        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("shop.TaskRecord").contentsAsUtf8String()
                .contains("arguments(\"from_location\", from, \"days\", arg0, \"to_location\", toLocation)");
    }

    @Test
    void unsupportedMethodResult() {
        JavaFileObject source = source("""
                @OdooModel("shop.task")
                public interface Task {
                    @OdooMethod("summary") Object summary();
                }
                """);
        assertOnlyError(source, Messages.METHOD_RESULT_TYPE.format("Task", "summary", "Object"), "Object summary()");
    }

    @Test
    void aTypeThatNeverAppearsIsReportedAfterTheLastRound() {
        JavaFileObject source = source("""
                @OdooModel("shop.task")
                public interface Task {
                    Missing missing();
                }
                """);
        Compilation compilation = compile(source);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(source)
                .onLineContaining("Missing missing()");
        assertThat(compilation).hadErrorContaining(Messages.MISSING_TYPE.format("Task", "Missing")).inFile(source)
                .onLineContaining("public interface Task");
        assertThat(processor.created()).isEmpty();
    }

    @Test
    void everyErrorOfOneInterfaceIsReportedAndNothingIsGenerated() {
        JavaFileObject source = source("""
                @OdooModel("shop.task")
                public interface Task {
                    float weight();
                    void archive();
                    String greet(String who);
                    String name();
                }
                """);
        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining(Messages.FIELD_TYPE_UNSUPPORTED.tag()).inFile(source)
                .onLineContaining("float weight()");
        assertThat(compilation).hadErrorContaining(Messages.VOID_ACCESSOR.tag()).inFile(source)
                .onLineContaining("void archive()");
        assertThat(compilation).hadErrorContaining(Messages.METHOD_WITHOUT_ANNOTATION.tag()).inFile(source)
                .onLineContaining("String greet(");
        assertThat(processor.created()).isEmpty();
    }

    @Test
    void aBrokenInterfaceDoesNotStopTheOthers() {
        JavaFileObject broken = source("""
                @OdooModel("shop.task")
                public interface Task {
                    float weight();
                }
                """);
        JavaFileObject fine = JavaFileObjects.forSourceString("shop.Tag", HEADER + """
                @OdooModel("shop.tag")
                public interface Tag {
                    String name();
                }
                """);
        Compilation compilation = compile(broken, fine);

        assertThat(compilation).hadErrorCount(1);
        assertThat(processor.created()).containsExactly("shop.TagModel", "shop.TagRecord", "shop.TagValues");
    }
}
