package io.typedoo.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.typedoo.processor.KaptStub.type;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.typedoo.processor.diag.KotlinMessages;
import io.typedoo.processor.diag.Messages;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import javax.tools.JavaFileObject;
import kotlin.metadata.KmType;
import org.junit.jupiter.api.Test;

/**
 * The errors a Kotlin model gets, in Kotlin's words. Each source is shaped as kapt's stub of the Kotlin interface
 * in its comment: the Java view kapt writes, under the {@code @kotlin.Metadata} kotlinc writes ({@link KaptStub}).
 * A real kapt run of such mistakes, with the locations mapped to the {@code .kt} lines, is in the set-up test of
 * docs/readme/kotlin.md ({@code KotlinSetupSnippetTest}).
 */
class KotlinErrorTest {

    private static final String HEADER = """
            package shop;

            import io.typedoo.annotations.OdooField;
            import io.typedoo.annotations.OdooMethod;
            import io.typedoo.annotations.OdooModel;
            import org.jetbrains.annotations.NotNull;
            import org.jetbrains.annotations.Nullable;

            """;

    private static final KmType STRING = type("kotlin/String", false);
    private static final KmType BOOLEAN = type("kotlin/Boolean", false);

    /** {@code @OdooModel("todo.task.tag") interface Tag { val name: String }} */
    private static final JavaFileObject TAG = new KaptStub("shop.Tag").val("name", STRING).source(HEADER, """
            @OdooModel("todo.task.tag")
            public abstract interface Tag {
                @NotNull
                public abstract String getName();
            }
            """);

    private final RecordingProcessor processor = new RecordingProcessor();

    private Compilation compile(JavaFileObject task, String... options) {
        return Compiler.javac().withProcessors(processor).withOptions((Object[]) options).compile(task, TAG);
    }

    private void assertOnlyError(JavaFileObject task, String message, String lineContaining) {
        Compilation compilation = compile(task);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(message).inFile(task).onLineContaining(lineContaining);
    }

    @Test
    void varPropertyIsCalledAVarNotASetterWithParameters() {
        // interface Task { var name: String }
        JavaFileObject task = new KaptStub("shop.Task").property("name", STRING, true, "getName").source(HEADER, """
                @OdooModel("todo.task")
                public abstract interface Task {
                    @NotNull
                    public abstract String getName();

                    public abstract void setName(@NotNull String p0);
                }
                """);
        assertOnlyError(task, KotlinMessages.VAR_PROPERTY.format("Task", "name", "name", "name", "String"),
                "void setName(");
    }

    @Test
    void suspendFunHasItsOwnErrorInsteadOfContinuationAndObject() {
        // interface Task { val name: String; @OdooMethod("do_toggle_done") suspend fun toggleDone(): Boolean }
        JavaFileObject task = new KaptStub("shop.Task").val("name", STRING)
                .function("toggleDone", true, BOOLEAN).source(HEADER, """
                @OdooModel("todo.task")
                public abstract interface Task {
                    @NotNull
                    public abstract String getName();

                    @OdooMethod("do_toggle_done")
                    @Nullable
                    public abstract Object toggleDone(@NotNull kotlin.coroutines.Continuation<? super Boolean> $completion);
                }
                """);
        assertOnlyError(task, KotlinMessages.SUSPEND_FUN.format("Task", "toggleDone"), "toggleDone(");
    }

    @Test
    void suspendFunWithoutOdooMethodIsCalledSuspendToo() {
        // interface Task { val name: String; suspend fun refresh(): Boolean }
        JavaFileObject task = new KaptStub("shop.Task").val("name", STRING)
                .function("refresh", true, BOOLEAN).source(HEADER, """
                @OdooModel("todo.task")
                public abstract interface Task {
                    @NotNull
                    public abstract String getName();

                    @Nullable
                    public abstract Object refresh(@NotNull kotlin.coroutines.Continuation<? super Boolean> $completion);
                }
                """);
        assertOnlyError(task, KotlinMessages.SUSPEND_FUN.format("Task", "refresh"), "refresh(");
    }

    @Test
    void unsupportedTypesAreSpeltAsInKotlin() {
        // interface Task { val weight: Float; val counts: List<Int> }
        JavaFileObject task = new KaptStub("shop.Task").val("weight", type("kotlin/Float", false))
                .val("counts", type("kotlin/collections/List", false, type("kotlin/Int", false))).source(HEADER, """
                @OdooModel("todo.task")
                public abstract interface Task {
                    public abstract float getWeight();

                    @NotNull
                    public abstract java.util.List<Integer> getCounts();
                }
                """);
        Compilation compilation = compile(task);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining(KotlinMessages.FIELD_TYPE_UNSUPPORTED.format("Task", "weight",
                "Float")).inFile(task).onLineContaining("float getWeight()");
        assertThat(compilation).hadErrorContaining(KotlinMessages.FIELD_TYPE_UNSUPPORTED.format("Task", "counts",
                "List<Int>")).inFile(task).onLineContaining("getCounts()");
    }

    @Test
    void methodResultIsSpeltAsInKotlin() {
        // interface Task { val name: String; @OdooMethod("stats") fun stats(): Map<String, Double>? }
        JavaFileObject task = new KaptStub("shop.Task").val("name", STRING)
                .function("stats", false, type("kotlin/collections/Map", true, STRING, type("kotlin/Double", false)))
                .source(HEADER, """
                @OdooModel("todo.task")
                public abstract interface Task {
                    @NotNull
                    public abstract String getName();

                    @OdooMethod("stats")
                    @Nullable
                    public abstract java.util.Map<String, Double> stats();
                }
                """);
        assertOnlyError(task, KotlinMessages.METHOD_RESULT_TYPE.format("Task", "stats", "Map<String, Double>?"),
                "stats()");
    }

    @Test
    void unsignedPropertyThatKaptLeavesOutIsNamed() {
        // interface Task { val name: String; val sequence: UInt } (kapt leaves getSequence-pVg5ArA out of the stub)
        JavaFileObject task = new KaptStub("shop.Task").val("name", STRING)
                .property("sequence", type("kotlin/UInt", false), false, "getSequence-pVg5ArA").source(HEADER, """
                @OdooModel("todo.task")
                public abstract interface Task {
                    @NotNull
                    public abstract String getName();
                }
                """);
        assertOnlyError(task, KotlinMessages.VALUE_CLASS.format("Task", "sequence", "UInt", "getSequence-pVg5ArA"),
                "interface Task");
    }

    @Test
    void nullableX2manyIsRefused() {
        // interface Task { val name: String; @get:OdooField("tag_ids") val tags: List<Tag>? }
        JavaFileObject task = new KaptStub("shop.Task").val("name", STRING)
                .val("tags", type("kotlin/collections/List", true, type("shop/Tag", false))).source(HEADER, """
                @OdooModel("todo.task")
                public abstract interface Task {
                    @NotNull
                    public abstract String getName();

                    @OdooField("tag_ids")
                    @Nullable
                    public abstract java.util.List<Tag> getTags();
                }
                """);
        assertOnlyError(task, KotlinMessages.X2MANY_NULLABLE.format("Task", "tags", "List<Tag>?", "x2many",
                "List<Tag>"), "getTags()");
    }

    @Test
    void nullableX2manyIsRefusedInJavaToo() {
        JavaFileObject task = JavaFileObjects.forSourceString("shop.Task", HEADER + """
                @OdooModel("todo.task")
                public interface Task {
                    @OdooField("tag_ids")
                    @Nullable
                    java.util.List<Tag> tags();
                }
                """);
        assertOnlyError(task, Messages.X2MANY_NULLABLE.format("Task", "tags", "x2many"), "tags()");
    }

    @Test
    void schemaNullableWarningSaysToDeclareTheTypeNullable() throws URISyntaxException {
        // interface Task { val name: String; val description: String }
        JavaFileObject task = new KaptStub("shop.Task").val("name", STRING).val("description", STRING)
                .source(HEADER, """
                @OdooModel("todo.task")
                public abstract interface Task {
                    @NotNull
                    public abstract String getName();

                    @NotNull
                    public abstract String getDescription();
                }
                """);
        Path schema = Path.of(Objects.requireNonNull(getClass().getResource("/schema/odoo-schema.json")).toURI());
        Compilation compilation = compile(task, "-Atypedoo.schema=" + schema);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining(KotlinMessages.SCHEMA_NULLABLE.format("Task", "description",
                "description", "todo.task", "a text", "String")).inFile(task).onLineContaining("getDescription()");
    }

    @Test
    void schemaErrorsNameThePropertyAndItsKotlinType() throws URISyntaxException {
        // interface Task { val nmae: String; val priority: Int; @get:OdooField("no_such_field") val other: String }
        JavaFileObject task = new KaptStub("shop.Task").val("nmae", STRING)
                .val("priority", type("kotlin/Int", false)).val("other", STRING).source(HEADER, """
                @OdooModel("todo.task")
                public abstract interface Task {
                    @NotNull
                    public abstract String getNmae();

                    public abstract int getPriority();

                    @OdooField("no_such_field")
                    @NotNull
                    public abstract String getOther();
                }
                """);
        Path schema = Path.of(Objects.requireNonNull(getClass().getResource("/schema/odoo-schema.json")).toURI());
        Compilation compilation = compile(task, "-Atypedoo.schema=" + schema);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining(KotlinMessages.SCHEMA_FIELD_MISSPELT.format("Task", "nmae", "nmae",
                "todo.task", "name", "name")).inFile(task).onLineContaining("getNmae()");
        assertThat(compilation).hadErrorContaining(KotlinMessages.SCHEMA_FIELD_TYPE.format("Task", "priority", "Int",
                "priority", "todo.task", "a selection", "an enum class of its values, or String")).inFile(task)
                .onLineContaining("getPriority()");
        assertThat(compilation).hadErrorContaining(KotlinMessages.SCHEMA_FIELD_UNKNOWN.format("Task", "other",
                "no_such_field", "todo.task", "todo.task")).inFile(task).onLineContaining("getOther()");
    }

    @Test
    void javaSourcesKeepJavaWording() {
        JavaFileObject task = JavaFileObjects.forSourceString("shop.Task", HEADER + """
                @OdooModel("todo.task")
                public interface Task {
                    float weight();
                }
                """);
        assertOnlyError(task, Messages.FIELD_TYPE_UNSUPPORTED.format("Task", "weight", "float"), "weight()");
    }
}
