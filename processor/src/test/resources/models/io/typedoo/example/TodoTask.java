package io.typedoo.example;

import io.typedoo.annotations.OdooField;
import io.typedoo.annotations.OdooMethod;
import io.typedoo.annotations.OdooModel;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

@OdooModel("todo.task")
public interface TodoTask {
    long id();

    String name();

    boolean isDone();

    @Nullable LocalDate getDateDeadline();

    @OdooField("user_id")
    @Nullable ResUsers user();

    @OdooField("tag_ids")
    List<TodoTaskTag> tags();

    Priority priority();

    @Nullable String description();

    @OdooMethod("do_toggle_done")
    boolean toggleDone();

    @OdooMethod("do_nothing")
    void doNothing();

    default String label() {
        return name() + (isDone() ? " (done)" : "");
    }
}
