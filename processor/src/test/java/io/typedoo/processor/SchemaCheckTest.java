package io.typedoo.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.typedoo.processor.diag.Messages;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Atypedoo.schema}: interfaces checked against {@code src/test/resources/schema/odoo-schema.json}, a
 * snapshot in the format {@code typedoo schema} writes. Its {@code todo.task} is the {@code fields_get} answer a
 * real Odoo 18 gave ({@code odoo-wire/xmlrpc/12-fields-get}); {@code todo.task.tag} and {@code res.users} are
 * small excerpts so that relations have targets.
 */
class SchemaCheckTest {

    private static final String HEADER = """
            package shop;

            import io.typedoo.annotations.OdooField;
            import io.typedoo.annotations.OdooModel;
            import io.typedoo.typed.OdooSelection;
            import java.time.LocalDate;
            import java.time.LocalDateTime;
            import java.util.List;
                        import org.jspecify.annotations.Nullable;
            """;

    /** The targets of todo.task's relations, as the schema has them. */
    private static final JavaFileObject USERS = JavaFileObjects.forSourceString("shop.ResUsers", HEADER + """
            @OdooModel("res.users")
            public interface ResUsers {
                String name();

                String login();
            }
            """);
    private static final JavaFileObject TAG = JavaFileObjects.forSourceString("shop.TodoTaskTag", HEADER + """
            @OdooModel("todo.task.tag")
            public interface TodoTaskTag {
                String name();
            }
            """);

    @TempDir
    Path dir;

    private static Path schema() {
        try {
            return Path.of(Objects.requireNonNull(SchemaCheckTest.class.getResource("/schema/odoo-schema.json"))
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JavaFileObject task(String body) {
        return JavaFileObjects.forSourceString("shop.Task", HEADER + body);
    }

    private final RecordingProcessor processor = new RecordingProcessor();

    private Compilation compile(JavaFileObject task) {
        return compile(schema().toString(), task);
    }

    private Compilation compile(String schemaOption, JavaFileObject task) {
        return Compiler.javac().withProcessors(processor).withOptions("-Atypedoo.schema=" + schemaOption)
                .compile(task, USERS, TAG);
    }

    private void assertOnlyError(JavaFileObject task, String message, String lineContaining) {
        Compilation compilation = compile(task);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(message).inFile(task).onLineContaining(lineContaining);
        assertThat(processor.created()).doesNotContain("shop.TaskModel");
    }

    @Test
    void interfaceThatAgreesWithTheServerCompilesWithoutWarnings() {
        JavaFileObject task = task("""
                @OdooModel("todo.task")
                public interface Task {
                    long id();

                    String name();

                    boolean isDone();

                    @Nullable LocalDate dateDeadline();

                    @OdooField("user_id") @Nullable ResUsers user();

                    @OdooField("tag_ids") List<TodoTaskTag> tags();

                    @Nullable Priority priority();

                    @OdooField("create_uid") @Nullable Long creatorId();

                    @OdooField("write_date") @Nullable LocalDateTime updated();

                    enum Priority implements OdooSelection {
                        NORMAL("0"), HIGH("1");

                        private final String value;

                        Priority(String value) {
                            this.value = value;
                        }

                        @Override
                        public String odooValue() {
                            return value;
                        }
                    }
                }
                """);
        Compilation compilation = Compiler.javac().withProcessors(new OdooModelProcessor())
                .withOptions("-Atypedoo.schema=" + schema(), "-Xlint:all", "-Werror")
                .compile(task, USERS, TAG);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("shop.TaskModel");
    }

    @Test
    void misspeltModelName() {
        JavaFileObject task = task("""
                @OdooModel("todo.tsk")
                public interface Task {
                    String name();
                }
                """);
        assertOnlyError(task, Messages.SCHEMA_MODEL_MISSPELT.format("todo.tsk", schema(), "todo.task", "todo.tsk"),
                "@OdooModel");
        assertThat(Messages.SCHEMA_MODEL_MISSPELT.format("todo.tsk", schema(), "todo.task", "todo.tsk"))
                .contains("Model 'todo.tsk' is not in the schema snapshot");
    }

    @Test
    void modelMissingFromTheSnapshot() {
        JavaFileObject task = task("""
                @OdooModel("sale.order")
                public interface Task {
                    String name();
                }
                """);
        assertOnlyError(task, Messages.SCHEMA_MODEL_UNKNOWN.format("sale.order", schema(), "sale.order"),
                "@OdooModel");
    }

    @Test
    void relationWithoutItsSuffixSuggestsTheRealField() {
        JavaFileObject task = task("""
                @OdooModel("todo.task")
                public interface Task {
                    String name();

                    @Nullable ResUsers user();

                    List<TodoTaskTag> tags();
                }
                """);
        Compilation compilation = compile(task);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining(Messages.SCHEMA_FIELD_MISSPELT.format("Task", "user", "user",
                "todo.task", "user_id", "user_id")).inFile(task).onLineContaining("ResUsers user()");
        assertThat(compilation).hadErrorContaining(Messages.SCHEMA_FIELD_MISSPELT.format("Task", "tags", "tags",
                "todo.task", "tag_ids", "tag_ids")).inFile(task).onLineContaining("tags()");
        assertThat(processor.created()).doesNotContain("shop.TaskModel");
    }

    @Test
    void typoInAnExplicitFieldName() {
        JavaFileObject task = task("""
                @OdooModel("todo.task")
                public interface Task {
                    @OdooField("date_dealine") @Nullable LocalDate deadline();
                }
                """);
        assertOnlyError(task, Messages.SCHEMA_FIELD_MISSPELT.format("Task", "deadline", "date_dealine",
                "todo.task", "date_deadline", "date_deadline"), "deadline()");
    }

    @Test
    void unknownFieldWithoutACloseName() {
        JavaFileObject task = task("""
                @OdooModel("todo.task")
                public interface Task {
                    @Nullable String customerReference();
                }
                """);
        assertOnlyError(task, Messages.SCHEMA_FIELD_UNKNOWN.format("Task", "customerReference",
                "customer_reference", "todo.task", "todo.task"), "customerReference()");
    }

    @Test
    void stringForAMany2one() {
        JavaFileObject task = task("""
                @OdooModel("todo.task")
                public interface Task {
                    @OdooField("user_id") @Nullable String user();
                }
                """);
        assertOnlyError(task, Messages.SCHEMA_FIELD_TYPE.format("Task", "user", "String", "user_id", "todo.task",
                "a many2one", "the @OdooModel interface of res.users, or Long for its id"), "String user()");
    }

    @Test
    void localDateForADatetime() {
        JavaFileObject task = task("""
                @OdooModel("todo.task")
                public interface Task {
                    @OdooField("write_date") @Nullable LocalDate updated();
                }
                """);
        assertOnlyError(task, Messages.SCHEMA_FIELD_TYPE.format("Task", "updated", "LocalDate", "write_date",
                "todo.task", "a datetime", "LocalDateTime (UTC) or Instant"), "updated()");
    }

    @Test
    void listForAMany2one() {
        JavaFileObject task = task("""
                @OdooModel("todo.task")
                public interface Task {
                    @OdooField("user_id") List<ResUsers> users();
                }
                """);
        assertOnlyError(task, Messages.SCHEMA_FIELD_TYPE.format("Task", "users", "List<ResUsers>", "user_id",
                "todo.task", "a many2one", "the @OdooModel interface of res.users, or Long for its id"), "users()");
    }

    @Test
    void many2oneToTheWrongModel() {
        JavaFileObject task = task("""
                @OdooModel("todo.task")
                public interface Task {
                    @OdooField("user_id") @Nullable TodoTaskTag user();
                }
                """);
        assertOnlyError(task, Messages.SCHEMA_RELATION.format("Task", "user", "TodoTaskTag", "todo.task.tag",
                "user_id", "todo.task", "a many2one", "res.users", "res.users"), "TodoTaskTag user()");
    }

    @Test
    void fieldsOdooCanSendEmptyWantNullable() {
        JavaFileObject task = task("""
                @OdooModel("todo.task")
                public interface Task {
                    String name();

                    String description();

                    @OdooField("user_id") long userId();

                    boolean isDone();

                    List<Long> tagIds();
                }
                """);
        Compilation compilation = compile(task);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(2);
        assertThat(compilation).hadWarningContaining(Messages.SCHEMA_NULLABLE.format("Task", "description",
                "description", "todo.task", "a text", "")).inFile(task).onLineContaining("description()");
        assertThat(compilation).hadWarningContaining(Messages.SCHEMA_NULLABLE.format("Task", "userId", "user_id",
                "todo.task", "a many2one", " and return Long")).inFile(task).onLineContaining("userId()");
        assertThat(compilation).generatedSourceFile("shop.TaskModel");
    }

    @Test
    void selectionEnumMissingAServerValue() {
        JavaFileObject task = task("""
                @OdooModel("todo.task")
                public interface Task {
                    @Nullable Priority priority();

                    enum Priority implements OdooSelection {
                        NORMAL("0");

                        private final String value;

                        Priority(String value) {
                            this.value = value;
                        }

                        @Override
                        public String odooValue() {
                            return value;
                        }
                    }
                }
                """);
        // The plain processor: javac's source trees, where the constants' values are read, are only offered to it.
        Compilation compilation = Compiler.javac().withProcessors(new OdooModelProcessor())
                .withOptions("-Atypedoo.schema=" + schema()).compile(task, USERS, TAG);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining(Messages.SCHEMA_SELECTION.format("Priority", "the value '1'",
                "priority", "todo.task")).inFile(task).onLineContaining("Priority priority()");
    }

    @Test
    void selectionEnumThroughAnotherInterfaceStandsForItsValues() {
        // The shape of typedoo-kotlin's OdooSelectionValue as kapt shows it: an interface extending OdooSelection,
        // implemented by an enum whose constants pass their Odoo value (a Kotlin `override val odooValue`).
        JavaFileObject task = task("""
                @OdooModel("todo.task")
                public interface Task {
                    @Nullable Priority priority();

                    interface Valued extends OdooSelection {
                        String getOdooValue();

                        @Override
                        default String odooValue() {
                            return getOdooValue();
                        }
                    }

                    enum Priority implements Valued {
                        NORMAL("0"), HIGH("1");

                        private final String value;

                        Priority(String value) {
                            this.value = value;
                        }

                        @Override
                        public String getOdooValue() {
                            return value;
                        }
                    }
                }
                """);
        Compilation compilation = Compiler.javac().withProcessors(new OdooModelProcessor())
                .withOptions("-Atypedoo.schema=" + schema()).compile(task, USERS, TAG);
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void plainEnumStandsForItsLowerCasedNames() {
        JavaFileObject task = task("""
                @OdooModel("todo.task")
                public interface Task {
                    @Nullable Priority priority();

                    enum Priority { NORMAL, HIGH }
                }
                """);
        Compilation compilation = compile(task);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining(Messages.SCHEMA_SELECTION.format("Priority",
                "the values '0', '1'", "priority", "todo.task")).inFile(task).onLineContaining("priority()");
    }

    @Test
    void javaMistakesComeFirstSoOneMistakeIsOneError() {
        JavaFileObject task = task("""
                @OdooModel("todo.task")
                public interface Task {
                    @OdooField("User Id") @Nullable ResUsers user();
                }
                """);
        assertOnlyError(task, Messages.FIELD_NAME_INVALID.format("User Id"), "ResUsers user()");
    }

    @Test
    void withoutTheOptionNothingIsCheckedAgainstAServer() {
        JavaFileObject task = task("""
                @OdooModel("todo.tsk")
                public interface Task {
                    String user();
                }
                """);
        Compilation compilation = Compiler.javac().withProcessors(processor).compile(task);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(processor.created()).contains("shop.TaskModel");
    }

    @Test
    void relativePathIsResolvedAgainstTheWorkingDirectory() {
        // Maven runs the tests in the module's directory, as it runs javac for a user's project.
        Path relative = Path.of("").toAbsolutePath().relativize(schema());
        JavaFileObject task = task("""
                @OdooModel("todo.task")
                public interface Task {
                    String nmae();
                }
                """);
        Compilation compilation = compile(relative.toString(), task);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(Messages.SCHEMA_FIELD_MISSPELT.format("Task", "nmae", "nmae",
                "todo.task", "name", "name")).inFile(task).onLineContaining("nmae()");
    }

    @Test
    void missingSnapshotIsOneErrorAndNothingIsGenerated() {
        Path missing = dir.resolve("nowhere.json");
        Compilation compilation = compile(missing.toString(), task("""
                @OdooModel("todo.task")
                public interface Task {
                    String name();
                }
                """));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(Messages.SCHEMA_UNREADABLE.format(missing, "typedoo.schema",
                "the file does not exist"));
        assertThat(processor.created()).isEmpty();
    }

    @Test
    void snapshotOfAnotherFormatIsRefused() throws Exception {
        Path other = Files.writeString(dir.resolve("other.json"), "{\"format\": \"typedoo-schema/2\", \"models\": {}}");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"typedoo-schema/1\",\n\"models\": {");
        JavaFileObject task = task("""
                @OdooModel("todo.task")
                public interface Task {
                    String name();
                }
                """);
        assertThat(compile(other.toString(), task)).hadErrorContaining(Messages.SCHEMA_UNREADABLE.format(other,
                "typedoo.schema", "its \"format\" is \"typedoo-schema/2\", not \"typedoo-schema/1\""));
        Compilation compilation = Compiler.javac().withProcessors(new OdooModelProcessor())
                .withOptions("-Atypedoo.schema=" + broken).compile(task);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("it is not valid JSON");
        assertThat(compilation).hadErrorContaining("line 2");
    }
}
