package dev.symbolon.internal.codegen;

import static dev.symbolon.internal.codegen.Models.input;
import static dev.symbolon.internal.codegen.Models.shared;
import static dev.symbolon.internal.ir.GraphOps.add;
import static dev.symbolon.internal.ir.GraphOps.mul;
import static dev.symbolon.runtime.DType.FLOAT64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.model.GradMethod;
import dev.symbolon.internal.model.Output;
import dev.symbolon.internal.model.SharedField;
import dev.symbolon.internal.model.SymbolicMethod;
import dev.symbolon.internal.model.Update;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Models the front end refuses still fail loudly here, as bugs in Symbolon naming what is wrong. */
class GeneratorClashTest {
    private final Node x = input("x", FLOAT64, 0);

    @Test
    void twoRecordsOfOneNameWithDifferentComponents() {
        SymbolicMethod a = Models.withRecord("a", "Pair", List.of(new Output("p", x), new Output("q", x)), x);
        SymbolicMethod b = Models.withRecord("b", "Pair", List.of(new Output("p", x), new Output("r", x)), x);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CompiledClassGenerator.generate(Models.model("Clash", List.of(a, b))));
        assertEquals("bug in Symbolon: two results are named record Pair but differ: [double p, double q] and, for"
                + " method b, [double p, double r]; the front end refuses two records of one name as a name clash",
                e.getMessage());
    }

    @Test
    void recordsOfOneNameWithTheSameComponentsAreShared() {
        SymbolicMethod a = Models.withRecord("a", "Pair", List.of(new Output("p", x), new Output("q", x)), x);
        SymbolicMethod b = Models.withRecord("b", "Pair", List.of(new Output("p", x), new Output("q", mul(x, x))), x);
        GeneratedClass compiled = GeneratedClass.compile(Models.model("Shared", List.of(a, b)));
        assertEquals(compiled.call("a", 2.0).getClass(), compiled.call("b", 2.0).getClass());
    }

    @Test
    void aGradMethodNamedLikeAMethod() {
        SymbolicMethod cost = Models.withGrad(Models.method("cost", mul(x, x), x),
                new GradMethod("other", "CostGrad", List.of(new Output("value", mul(x, x)), new Output("x", add(x, x)))));
        SymbolicMethod other = Models.method("other", x, x);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CompiledClassGenerator.generate(Models.model("Clash", List.of(cost, other))));
        assertEquals("bug in Symbolon: @Grad on cost generates a method other, but the class already has a"
                + " @Symbolic method of that name, a name clash the front end refuses", e.getMessage());
    }

    @Test
    void aMethodNamedLikeASharedAccessor() {
        Node w = shared("w", FLOAT64, 0);
        SymbolicMethod m = Models.method("w", w);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CompiledClassGenerator.generate(
                Models.model("Clash", List.of(new SharedField("w", w)), List.of(m))));
        assertEquals("bug in Symbolon: the generated class would have two methods w(), a name clash the front end"
                + " refuses", e.getMessage());
    }

    @Test
    void anUpdateOfAnotherRank() {
        Node w = shared("w", FLOAT64, 1);
        SymbolicMethod m = Models.withUpdates(Models.method("m", x, x), new Update("w", x));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CompiledClassGenerator.generate(
                Models.model("Clash", List.of(new SharedField("w", w)), List.of(m))));
        assertEquals("bug in Symbolon: method m updates 'w' of type float64[?] with a value of type float64[]; the"
                + " front end converts an update to the field's type (Trace.convertUpdate)", e.getMessage());
    }
}
