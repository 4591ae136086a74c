package io.typedoo.example.kotlin.nullness

import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path
import kotlin.test.assertEquals

/**
 * What the Kotlin compiler makes of the Java code kapt generated: the JSpecify annotations on it turn Odoo's
 * empty-able fields into nullable Kotlin types and everything else into non-null ones, so that a missing null
 * check is a compile error, not a NullPointerException in production.
 *
 * One snippet is compiled by the real compiler against this module's classes (one compilation, since each costs
 * seconds): the lines marked `// error` must each be rejected, and every other line must compile. The record
 * getters would keep their nullness without JSpecify too (Kotlin takes it from the Kotlin interface they
 * override); the values builder and the field constants are Java only, so the errors on their lines come from
 * the generated JSpecify annotations alone.
 */
class NullabilityCompileTest {

    @Test
    fun `nullable fields cannot reach non-null variables, and null-safe code compiles`(@TempDir dir: Path) {
        val source = """
            import io.typedoo.client.OdooClient
            import io.typedoo.example.kotlin.Priority
            import io.typedoo.example.kotlin.ResUsers
            import io.typedoo.example.kotlin.TodoTaskModel
            import io.typedoo.example.kotlin.TodoTaskRecord
            import io.typedoo.example.kotlin.TodoTaskTag
            import io.typedoo.kotlin.create
            import java.time.LocalDate

            fun nullSafe(odoo: OdooClient): List<Any?> {
                val tasks: TodoTaskModel = TodoTaskModel.of(odoo)
                val record: TodoTaskRecord = tasks.browse(1L)
                val name: String = record.name
                val done: Boolean = record.isDone
                val deadline: LocalDate? = record.dateDeadline
                val priority: Priority? = record.priority
                val userName: String? = record.user?.name
                val tags: List<TodoTaskTag> = record.tags
                val created: TodoTaskRecord = tasks.create { name("x").dateDeadline(null).user(null) }
                val found: List<TodoTaskRecord> = tasks.search(TodoTaskModel.NAME.eq("x"))
                return listOf(name, done, deadline, priority, userName, tags, created, found)
            }

            fun careless(tasks: TodoTaskModel, record: TodoTaskRecord): List<Any?> {
                val deadline: LocalDate = record.dateDeadline // error
                val user: ResUsers = record.user // error
                val priority: Priority = record.priority // error
                val userName = record.user.name // error
                val description: String = tasks.browse(2L).description // error
                tasks.create { name(null) } // error
                tasks.create { name(record.description) } // error
                tasks.create { it.name("the Java style: one way in Kotlin, the receiver") } // error
                TodoTaskModel.NAME.eq(null) // error
                return listOf(deadline, user, priority, userName, description)
            }
            """.trimIndent()

        val result = SnippetCompiler.forTestClasspath().compile(source, dir)

        val expected = source.lines().withIndex().filter { it.value.endsWith("// error") }.map { it.index + 1 }
        // An error without a snippet line (a broken class path, say) shows as line 0 and fails the comparison.
        val rejected = result.errors.map { it.substringBefore(":").removePrefix("line ").toIntOrNull() ?: 0 }.distinct()
        assertEquals(expected, rejected, result.errors.joinToString("\n"))
    }
}
