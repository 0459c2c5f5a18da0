package dev.symbolon.samples.kotlin.app

import dev.symbolon.runtime.NDArray
import dev.symbolon.samples.kotlin.model.CompiledClassifier
import org.jetbrains.kotlin.cli.common.ExitCode
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler
import org.jspecify.annotations.NullMarked
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.io.ByteArrayOutputStream
import java.io.File
import java.io.PrintStream
import java.nio.file.Files
import java.nio.file.Path

/**
 * Kotlin reads the generated class and the runtime API as non-null types, not platform types
 * (`NDArray!`), because both are @NullMarked. Comparing a platform type with null passes silently;
 * comparing a non-null type with null makes the compiler warn that the condition is always false.
 * So a snippet compares each kind of result with null, and the lines the compiler warns about are
 * the non-null ones.
 */
class NullnessFromKotlinTest {
    @Test
    fun generatedMethodsAndTheRuntimeApiReturnNonNullTypes(@TempDir dir: Path) {
        val snippet = """
            import dev.symbolon.samples.kotlin.model.CompiledClassifier
            fun results(model: CompiledClassifier, x: Array<DoubleArray>, y: DoubleArray) = listOf(
                System.getProperty("user.dir") == null, // a Java result without nullness: a platform type
                model.predict(x) == null,
                model.costGrad(x, y, 0.0) == null,
                model.costGrad(x, y, 0.0).w() == null,
                model.w() == null,
                model.w().getValue() == null,
            )
            """.trimIndent()
        val lines = snippet.lines()
        val warned = compile(dir, snippet).map { lines[it - 1].trim() }
        assertEquals(listOf(
            "model.predict(x) == null,",
            "model.costGrad(x, y, 0.0) == null,",
            "model.costGrad(x, y, 0.0).w() == null,",
            "model.w() == null,",
            "model.w().getValue() == null,"), warned)
    }

    /** The lines, one per warning, on which the compiler says that a comparison with null is always false. */
    private fun compile(dir: Path, source: String): List<Int> {
        val file = Files.writeString(dir.resolve("Results.kt"), source)
        val classPath = listOf(CompiledClassifier::class.java, NDArray::class.java, NullMarked::class.java, Unit::class.java)
            .joinToString(File.pathSeparator) { File(it.protectionDomain.codeSource.location.toURI()).path }
        val messages = ByteArrayOutputStream()
        val exit = K2JVMCompiler().exec(PrintStream(messages, true, Charsets.UTF_8),
            "-no-stdlib", "-no-reflect", "-jvm-target", "17", "-classpath", classPath,
            "-d", dir.resolve("classes").toString(), file.toString())
        val output = messages.toString(Charsets.UTF_8)
        assertEquals(ExitCode.OK, exit, output)
        return Regex("""Results\.kt:(\d+):\d+: warning: condition is always 'false'""")
            .findAll(output).map { it.groupValues[1].toInt() }.toList()
    }
}
