package dev.symbolon.internal.codegen;

import static dev.symbolon.internal.codegen.Models.input;
import static dev.symbolon.internal.ir.GraphOps.add;
import static dev.symbolon.internal.ir.GraphOps.constant;
import static dev.symbolon.internal.ir.GraphOps.mul;
import static dev.symbolon.runtime.DType.FLOAT64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.ir.DebugPrinter;
import dev.symbolon.internal.ir.GraphText;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.SourcePosition;
import dev.symbolon.runtime.NDArray;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A graph whose text is longer than a class file's string constant still compiles and prints. */
class LargeGraphTest {
    @Test
    void aGraphTooLongForOneStringConstantIsWrittenInParts() {
        Node x;
        Node y;
        try (var line = SourcePosition.enter(new SourcePosition("Large.java", 3))) {
            x = input("x", FLOAT64, 1);
            y = x;
            // each step a distinct constant, so that nothing merges: a few thousand nodes
            for (int i = 1; i <= 1500; i++) {
                y = add(mul(y, constant(1.0 + 1.0 / i, FLOAT64)), x);
            }
        }
        // before: "constant string too long" from javac for debugPrint's and the graphs' texts
        assertTrue(StringLiterals.encodedLength(GraphText.write(List.of(y))) > 65535);
        GeneratedClass compiled = GeneratedClass.compile(Models.model("Large", List.of(Models.method("chain", y, x))));
        assertTrue(compiled.source().contains("String.join(\"\","), "the long texts are written in parts");
        assertEquals(DebugPrinter.print(List.of(y)).length(), ((String) compiled.callStatic("debugPrint", "chain")).length());
        double expected = 2.0;
        for (int i = 1; i <= 1500; i++) {
            expected = expected * (1.0 + 1.0 / i) + 2.0;
        }
        NDArray result = (NDArray) compiled.call("chain", NDArray.of(new double[] {2.0}));
        assertEquals(expected, result.getDouble(0), 1e-9 * expected);
    }

    @Test
    void aShortTextStaysOneLiteralAndALongOneIsCutOutsideSurrogatePairs() {
        assertEquals("\"abc\"", StringLiterals.of("abc").toString());
        // three bytes a character, and a pair of surrogates where a part of 16384 characters would end
        String text = "\u4e00".repeat(16383) + "\uD83D\uDE00" + "\u4e00".repeat(10000);
        List<String> parts = StringLiterals.parts(text);
        assertEquals(text, String.join("", parts));
        assertEquals(2, parts.size());
        assertEquals(16383, parts.get(0).length(), "the pair moves whole into the second part");
        for (String part : parts) {
            assertTrue(StringLiterals.encodedLength(part) <= 65535);
            assertTrue(!Character.isHighSurrogate(part.charAt(part.length() - 1)), "a part ends inside a pair");
        }
    }
}
