package io.typedoo.benchmarks.model;

import io.typedoo.annotations.OdooField;
import io.typedoo.annotations.OdooModel;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The sample's {@code todo.task}, with three relations: its user, its creator and its tags. */
@OdooModel("todo.task")
public interface TodoTask {

    /** The record id. */
    long id();

    /** The task's title. */
    String name();

    /** Whether the task is done. */
    boolean isDone();

    /** When the task is due, if ever. */
    @Nullable LocalDate dateDeadline();

    /** Who the task is assigned to. */
    @OdooField("user_id")
    @Nullable ResUsers user();

    /** The task's tags. */
    @OdooField("tag_ids")
    List<TodoTaskTag> tags();

    /** How urgent the task is. */
    Priority priority();

    /** Free text. */
    @Nullable String description();

    /** Who created the task (set by Odoo). */
    @OdooField("create_uid")
    ResUsers createdBy();
}
