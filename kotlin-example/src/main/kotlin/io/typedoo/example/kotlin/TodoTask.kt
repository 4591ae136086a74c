package io.typedoo.example.kotlin

import io.typedoo.annotations.OdooField
import io.typedoo.annotations.OdooMethod
import io.typedoo.annotations.OdooModel
import java.time.LocalDate

/**
 * The to-do task of the recorded test addon, declared the Kotlin way: properties, nullable exactly where
 * Odoo may send an empty value (`false` on the wire).
 *
 * Relations need `@get:` so that the annotation lands on the getter kapt sees.
 */
@OdooModel("todo.task")
interface TodoTask {
    /** The record id: `val id` reads Odoo's `id`. */
    val id: Long

    /** `name`, a required char field: never empty. */
    val name: String

    /** `is_done`: a Kotlin `is` property keeps its prefix, as the getter kapt sees is `isDone()`. */
    val isDone: Boolean

    /** `date_deadline`: empty on most tasks. */
    val dateDeadline: LocalDate?

    /** `description`, a text field. */
    val description: String?

    /** `priority`, a selection ('0' normal, '1' high). */
    val priority: Priority?

    /** `user_id`, many2one to res.users. */
    @get:OdooField("user_id")
    val user: ResUsers?

    /** `tag_ids`, many2many to todo.task.tag: an empty list, never null. */
    @get:OdooField("tag_ids")
    val tags: List<TodoTaskTag>

    /** The addon's `do_toggle_done` method: flips `is_done` on the server. */
    @OdooMethod("do_toggle_done")
    fun toggleDone(): Boolean

    /** The addon's `do_nothing` method, which returns Python's None (a fault over XML-RPC, success here). */
    @OdooMethod("do_nothing")
    fun doNothing()

    /** A Kotlin method with a body is a JVM default method: kept as written, not sent to Odoo. */
    fun label(): String = name + if (isDone) " (done)" else ""
}
