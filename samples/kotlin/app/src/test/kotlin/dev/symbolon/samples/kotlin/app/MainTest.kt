package dev.symbolon.samples.kotlin.app

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.io.ByteArrayOutputStream
import java.io.PrintStream

class MainTest {
    @Test
    fun mainPrintsTheCostAsItLearnsThenTheAccuracy() {
        val out = ByteArrayOutputStream()
        val original = System.out
        System.setOut(PrintStream(out, true, Charsets.UTF_8))
        try {
            main()
        } finally {
            System.setOut(original)
        }
        val lines = out.toString(Charsets.UTF_8).lines().filter { it.isNotEmpty() }
        assertEquals("step   1/200  cost 0.6931", lines.first())
        assertEquals(6, lines.size, lines.joinToString("\n"))
        assertTrue(lines.last().startsWith("accuracy 0.9"), lines.last())
    }
}
