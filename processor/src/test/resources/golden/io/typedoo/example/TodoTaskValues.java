package io.typedoo.example;

import io.typedoo.typed.RecordValues;
import io.typedoo.typed.X2many;
import java.time.LocalDate;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Field values of the Odoo model {@code todo.task} for {@code create} and {@code write}.
 * Only the fields set here are sent; a null clears a field. Not thread-safe.
 */
@Generated(
        value = "io.typedoo.processor.OdooModelProcessor",
        comments = "from io.typedoo.example.TodoTask"
)
@NullMarked
public final class TodoTaskValues extends RecordValues<TodoTaskValues> {
    /**
     * Empty values.
     */
    public TodoTaskValues() {
    }

    /**
     * Sets {@code todo.task.name}.
     */
    public TodoTaskValues name(String name) {
        return set(TodoTaskModel.NAME, name);
    }

    /**
     * Sets {@code todo.task.is_done}.
     */
    public TodoTaskValues isDone(boolean isDone) {
        return set(TodoTaskModel.IS_DONE, isDone);
    }

    /**
     * Sets {@code todo.task.date_deadline}; null clears it.
     */
    public TodoTaskValues dateDeadline(@Nullable LocalDate dateDeadline) {
        return set(TodoTaskModel.DATE_DEADLINE, dateDeadline);
    }

    /**
     * Sets {@code todo.task.user_id} to {@code user}, or clears it when null.
     */
    public TodoTaskValues user(@Nullable ResUsers user) {
        return set(TodoTaskModel.USER, user);
    }

    /**
     * Sets {@code todo.task.user_id} to the ResUsers with this id.
     */
    public TodoTaskValues user(long id) {
        return setId(TodoTaskModel.USER, id);
    }

    /**
     * Sets {@code todo.task.tag_ids} to exactly {@code tags}.
     */
    public TodoTaskValues tags(List<? extends TodoTaskTag> tags) {
        return change(TodoTaskModel.TAGS, X2many.set(tags));
    }

    /**
     * Changes {@code todo.task.tag_ids}:
     * {@code X2many.add(...)}, {@code remove}, {@code set}, {@code clear}.
     */
    public TodoTaskValues tags(X2many<? extends TodoTaskTag> change) {
        return change(TodoTaskModel.TAGS, change);
    }

    /**
     * Sets {@code todo.task.priority}.
     */
    public TodoTaskValues priority(Priority priority) {
        return set(TodoTaskModel.PRIORITY, priority);
    }

    /**
     * Sets {@code todo.task.description}; null clears it.
     */
    public TodoTaskValues description(@Nullable String description) {
        return set(TodoTaskModel.DESCRIPTION, description);
    }

    @Override
    protected TodoTaskValues self() {
        return this;
    }
}
