package io.typedoo.notes.odoo;

import io.typedoo.annotations.OdooField;
import io.typedoo.annotations.OdooModel;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The part of Odoo's {@code todo.task} the notes use. The processor generates {@code TodoTaskModel},
 * {@code TodoTaskRecord} and {@code TodoTaskValues} from it; the app reaches Odoo through them only.
 */
@OdooModel("todo.task")
public interface TodoTask {

    /** The task's id. */
    long id();

    /** The note's text. */
    String name();

    /** Done tasks are not on the desktop. */
    boolean isDone();

    /** The deadline, if any. */
    @Nullable LocalDate dateDeadline();

    /** Normal or starred. */
    TaskPriority priority();

    /** The user the task belongs to. */
    @OdooField("user_id")
    @Nullable ResUsers user();

    /** When the task last changed, in UTC: the version that conflict detection compares. */
    LocalDateTime writeDate();
}
