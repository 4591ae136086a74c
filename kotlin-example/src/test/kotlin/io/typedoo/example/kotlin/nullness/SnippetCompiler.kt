package io.typedoo.example.kotlin.nullness

import org.jetbrains.kotlin.cli.common.ExitCode
import org.jetbrains.kotlin.cli.common.arguments.K2JVMCompilerArguments
import org.jetbrains.kotlin.cli.common.messages.CompilerMessageSeverity
import org.jetbrains.kotlin.cli.common.messages.CompilerMessageSourceLocation
import org.jetbrains.kotlin.cli.common.messages.MessageCollector
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler
import org.jetbrains.kotlin.config.Services
import java.io.File
import java.nio.file.Files
import java.nio.file.Path

/**
 * Compiles a Kotlin source snippet in-process with the real Kotlin compiler, against this module's
 * compiled classes (the Kotlin models and the Java code kapt generated for them) and the test class path.
 *
 * This is how the build proves what a Kotlin user's compiler would say about the generated API, including
 * code that must be rejected, which an ordinary test source cannot show.
 */
internal class SnippetCompiler(private val classpath: List<File>) {

    /** What the compiler said: its exit code and its error messages, each with the snippet line. */
    data class Result(val exitCode: ExitCode, val errors: List<String>) {
        val compiled: Boolean get() = exitCode == ExitCode.OK
    }

    fun compile(source: String, workDir: Path): Result {
        val file = workDir.resolve("Snippet.kt")
        Files.writeString(file, source)
        val errors = mutableListOf<String>()
        val collector = object : MessageCollector {
            private var failed = false

            override fun clear() {
                errors.clear()
                failed = false
            }

            override fun hasErrors(): Boolean = failed

            override fun report(
                severity: CompilerMessageSeverity,
                message: String,
                location: CompilerMessageSourceLocation?,
            ) {
                if (severity.isError) {
                    failed = true
                    errors += if (location == null) message else "line ${location.line}: $message"
                }
            }
        }
        val arguments = K2JVMCompilerArguments().apply {
            freeArgs = listOf(file.toString())
            this.classpath = this@SnippetCompiler.classpath.joinToString(File.pathSeparator)
            destination = workDir.resolve("classes").toString()
            jvmTarget = "17"
            // The standard library is on the class path given; the compiler must not look for a Kotlin home.
            noStdlib = true
            noReflect = true
        }
        return Result(K2JVMCompiler().exec(collector, Services.EMPTY, arguments), errors.toList())
    }

    companion object {
        /**
         * The test class path of this JVM (surefire puts the module's classes and dependencies there), less the
         * compiler itself: the snippet sees what a user of the generated code would see.
         */
        fun forTestClasspath(): SnippetCompiler {
            val entries = System.getProperty("java.class.path").split(File.pathSeparator)
                .filter { it.isNotBlank() && !File(it).name.startsWith("kotlin-compiler-embeddable") }
                .map(::File)
            return SnippetCompiler(entries)
        }
    }
}
