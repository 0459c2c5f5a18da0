package dev.symbolon.samples.kotlin.runtime

import dev.symbolon.samples.kotlin.model.CompiledClassifier
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.nio.file.Files
import java.nio.file.Path

class ApiExampleTest {
    @Test
    fun theExampleIsTheOneInApiMdLineForLine() {
        val api = Files.readString(Path.of("../../../docs/API.md"))
        val section = api.substringAfter("\n## From Kotlin\n")
        val example = section.substringAfter("```kotlin\n").substringBefore("```").trimEnd().lines()
        val source = Files.readString(SOURCE).lines().map { it.removePrefix("    ") }
        val start = source.indexOf(example.first())
        assertTrue(start >= 0, "ApiExample.kt lacks the example's first line: ${example.first()}")
        assertEquals(example, source.subList(start, minOf(start + example.size, source.size)))
    }

    /**
     * Within float64 rounding, not to the bit: the example's extra output `p gt 0.5` keeps its cost's
     * loop per-element, while the Java model's runs on the vector kernels, whose log and sums round
     * apart in the last bits.
     */
    @Test
    fun theExampleTrainsAsTheCompiledJavaModel() {
        val data = Data(examples = 40, seed = 5)
        val initialWeights = doubleArrayOf(0.5, 0.5)
        val example = apiExample(initialWeights)
        val java = CompiledClassifier().also { it.w().setValue(initialWeights) }
        repeat(3) { step ->
            val classes = java.predict(data.x).toDoubleArray().map { if (it > 0.5) 1.0 else 0.0 }.toDoubleArray()
            val (cost, predicted) = example.train.call(data.x, data.y)
            assertEquals(java.train(data.x, data.y, 0.1, 0.01), cost.getDouble(), 1e-13, "cost of step $step")
            assertArrayEquals(classes, predicted.toDoubleArray(), "p gt 0.5 before step $step")
            assertArrayEquals(java.w().getValue().toDoubleArray(), example.w.getValue().toDoubleArray(), 1e-13, "w after step $step")
            assertEquals(java.b().doubleValue(), example.b.doubleValue(), 1e-13, "b after step $step")
        }
    }

    private companion object {
        val SOURCE: Path = Path.of("src/main/kotlin/dev/symbolon/samples/kotlin/runtime/ApiExample.kt")
    }
}
