package io.typedoo.it.typed;

import io.typedoo.annotations.OdooField;
import io.typedoo.annotations.OdooMethod;
import io.typedoo.annotations.OdooModel;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The demo database's to-do task, as the processor reads it. */
@OdooModel("todo.task")
public interface TodoTask {

    long id();

    String name();

    boolean isDone();

    @Nullable LocalDate dateDeadline();

    @OdooField("user_id")
    @Nullable ResUsers user();

    @OdooField("tag_ids")
    List<TodoTaskTag> tags();

    Priority priority();

    @Nullable String description();

    /** Who created the task, set by Odoo: a second relation to res.users next to {@link #user()}. */
    @OdooField("create_uid")
    ResUsers createdBy();

    /** Flips {@code is_done}; Odoo answers True. */
    @OdooMethod("do_toggle_done")
    boolean toggleDone();

    /** A method that returns None, which XML-RPC cannot send. */
    @OdooMethod("do_nothing")
    void doNothing();

    default String label() {
        return isDone() ? name() + " (done)" : name();
    }
}
