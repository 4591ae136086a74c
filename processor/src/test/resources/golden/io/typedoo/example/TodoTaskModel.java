package io.typedoo.example;

import io.typedoo.client.OdooClient;
import io.typedoo.internal.record.DeclaredModel;
import io.typedoo.typed.BooleanField;
import io.typedoo.typed.DateField;
import io.typedoo.typed.Many2oneField;
import io.typedoo.typed.NumberField;
import io.typedoo.typed.RecordModel;
import io.typedoo.typed.SelectionField;
import io.typedoo.typed.StringField;
import io.typedoo.typed.X2manyField;
import java.time.LocalDate;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * The Odoo model {@code todo.task}, as {@link TodoTask} declares it.
 *
 * <p>The static fields name its fields for domains and orderings, such as
 * {@code TodoTaskModel.ID.in(ids)}; {@link #of(OdooClient)} binds the model to a client for
 * {@code search}, {@code browse}, {@code create}, {@code write} and {@code unlink}. Thread-safe.
 */
@Generated(
        value = "io.typedoo.processor.OdooModelProcessor",
        comments = "from io.typedoo.example.TodoTask"
)
@NullMarked
public final class TodoTaskModel extends RecordModel<TodoTask, TodoTaskRecord, TodoTaskValues> {
    /**
     * The record id, {@code todo.task.id}.
     */
    public static final NumberField<Long> ID = NumberField.ofLong("id");

    /**
     * {@code todo.task.name} (char, text, html), read by {@link TodoTask#name()}.
     */
    public static final StringField NAME = StringField.of("name");

    /**
     * {@code todo.task.is_done} (boolean), read by {@link TodoTask#isDone()}.
     */
    public static final BooleanField IS_DONE = BooleanField.of("is_done");

    /**
     * {@code todo.task.date_deadline} (date), read by {@link TodoTask#getDateDeadline()}.
     */
    public static final DateField<LocalDate> DATE_DEADLINE = DateField.ofDate("date_deadline");

    /**
     * {@code todo.task.user_id} (many2one), read by {@link TodoTask#user()}.
     */
    public static final Many2oneField<ResUsers> USER = Many2oneField.of("user_id", ResUsersModel::info);

    /**
     * {@code todo.task.tag_ids} (one2many, many2many), read by {@link TodoTask#tags()}.
     */
    public static final X2manyField<TodoTaskTag> TAGS = X2manyField.of("tag_ids", TodoTaskTagModel::info);

    /**
     * {@code todo.task.priority} (selection), read by {@link TodoTask#priority()}.
     */
    public static final SelectionField<Priority> PRIORITY = SelectionField.of("priority", Priority.class);

    /**
     * {@code todo.task.description} (char, text, html), read by {@link TodoTask#description()}.
     */
    public static final StringField DESCRIPTION = StringField.of("description");

    private static final DeclaredModel<TodoTaskRecord> INFO = DeclaredModel.of("todo.task", TodoTaskRecord::new,
            List.of(NAME, IS_DONE, DATE_DEADLINE, USER, TAGS, PRIORITY, DESCRIPTION));

    private TodoTaskModel(OdooClient client) {
        super(client, INFO, TodoTaskValues::new);
    }

    /**
     * The model {@code todo.task} on {@code client}.
     */
    public static TodoTaskModel of(OdooClient client) {
        return new TodoTaskModel(client);
    }

    /**
     * What the record layer knows of {@code todo.task}; the models that relate to it refer to this.
     */
    public static DeclaredModel<TodoTaskRecord> info() {
        return INFO;
    }
}
