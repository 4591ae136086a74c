package io.typedoo.example;

import io.typedoo.internal.record.RecordGroup;
import io.typedoo.internal.record.ValueType;
import io.typedoo.typed.RecordHandle;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A record of the Odoo model {@code todo.task}: a live handle on one id.
 *
 * <p>The first accessor called on any record that arrived with this one (same search,
 * browse or create) reads the declared fields of all of them in one call; a relation
 * followed on one of them reads the related records of all of them in one call.
 */
@Generated(
        value = "io.typedoo.processor.OdooModelProcessor",
        comments = "from io.typedoo.example.TodoTask"
)
@NullMarked
public final class TodoTaskRecord extends RecordHandle implements TodoTask {
    TodoTaskRecord(RecordGroup group, long id) {
        super(group, id);
    }

    /**
     * {@code todo.task.name}.
     */
    @Override
    public String name() {
        return get(TodoTaskModel.NAME);
    }

    /**
     * {@code todo.task.is_done}.
     */
    @Override
    public boolean isDone() {
        return get(TodoTaskModel.IS_DONE);
    }

    /**
     * {@code todo.task.date_deadline}.
     */
    @Override
    public @Nullable LocalDate getDateDeadline() {
        return getOrNull(TodoTaskModel.DATE_DEADLINE);
    }

    /**
     * {@code todo.task.user_id}.
     */
    @Override
    public @Nullable ResUsers user() {
        return many2oneOrNull(TodoTaskModel.USER);
    }

    /**
     * {@code todo.task.tag_ids}.
     */
    @Override
    public List<TodoTaskTag> tags() {
        return x2many(TodoTaskModel.TAGS);
    }

    /**
     * {@code todo.task.priority}.
     */
    @Override
    public Priority priority() {
        return get(TodoTaskModel.PRIORITY);
    }

    /**
     * {@code todo.task.description}.
     */
    @Override
    public @Nullable String description() {
        return getOrNull(TodoTaskModel.DESCRIPTION);
    }

    /**
     * Calls {@code todo.task.do_toggle_done} on this record.
     */
    @Override
    public boolean toggleDone() {
        return call("do_toggle_done", ValueType.BOOLEAN, Map.of());
    }

    /**
     * Calls {@code todo.task.do_nothing} on this record.
     */
    @Override
    public void doNothing() {
        callVoid("do_nothing", Map.of());
    }
}
