package io.typedoo.example.kotlin.nullness

import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path
import kotlin.test.assertEquals
import kotlin.test.assertTrue

class NullabilityCompileTest {

    private val compiler = SnippetCompiler.forTestClasspath()

    @Test
    fun `reading non-null fields into non-null variables compiles`(@TempDir dir: Path) {
        val result = compiler.compile(
            """
            import io.typedoo.example.kotlin.TodoTask
            import java.time.LocalDate

            fun use(task: TodoTask) {
                val name: String = task.name
                val deadline: LocalDate? = task.dateDeadline
                println(name + deadline)
            }
            """.trimIndent(),
            dir,
        )
        assertEquals(emptyList(), result.errors)
        assertTrue(result.compiled)
    }

    @Test
    fun `assigning a nullable field to a non-null variable does not compile`(@TempDir dir: Path) {
        val result = compiler.compile(
            """
            import io.typedoo.example.kotlin.TodoTask
            import java.time.LocalDate

            fun use(task: TodoTask) {
                val deadline: LocalDate = task.dateDeadline
                println(deadline)
            }
            """.trimIndent(),
            dir,
        )
        println(result)
        assertTrue(!result.compiled)
    }
}
