package dev.symbolon.internal.codegen;

import static dev.symbolon.internal.codegen.ComposedModelsTest.sharedVariable;
import static dev.symbolon.internal.codegen.Models.input;
import static dev.symbolon.internal.codegen.Models.shared;
import static dev.symbolon.internal.ir.GraphOps.add;
import static dev.symbolon.internal.ir.GraphOps.binaryCrossentropy;
import static dev.symbolon.internal.ir.GraphOps.constant;
import static dev.symbolon.internal.ir.GraphOps.dot;
import static dev.symbolon.internal.ir.GraphOps.mul;
import static dev.symbolon.internal.ir.GraphOps.reduce;
import static dev.symbolon.internal.ir.GraphOps.sub;
import static dev.symbolon.internal.ir.GraphOps.unary;
import static dev.symbolon.runtime.DType.FLOAT64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.autodiff.Autodiff;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.internal.ir.Op;
import dev.symbolon.internal.ir.TopologicalOrder;
import dev.symbolon.internal.model.SharedField;
import dev.symbolon.internal.model.SymbolicClass;
import dev.symbolon.internal.model.SymbolicMethod;
import dev.symbolon.internal.model.Update;
import dev.symbolon.internal.pipeline.ModelOptimizer;
import dev.symbolon.internal.profile.Profiles;
import dev.symbolon.internal.schedule.EmissionStep;
import dev.symbolon.internal.schedule.FusedGroup;
import dev.symbolon.internal.schedule.FusionPlanner;
import dev.symbolon.internal.schedule.RowPass;
import dev.symbolon.internal.schedule.RowPassPlanner;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.Profiler;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The profiler, in a JVM started with {@code symbolon.profile=true} (the build runs the classes named
 * {@code *ProfiledTest} so): a profiled logistic-regression step computes exactly what the same
 * class computes unprofiled, and the table has a row for every fused loop of the step.
 */
class ProfiledTest {
    private static final int STEPS = 3;

    @Test
    void aProfiledStepComputesWhatAnUnprofiledOneDoesAndTheTableListsEachFusedLoop() {
        assertTrue(Profiler.isEnabled(), "this test runs with -Dsymbolon.profile=true");
        SymbolicClass model = ModelOptimizer.optimize(logisticRegression());
        GeneratedClass profiled = GeneratedClass.compile(model);
        GeneratedClass unprofiled = GeneratedClass.compile(model,
                source -> source.replace(Profiles.class.getSimpleName() + ".ENABLED", "false"));
        Random random = new Random(11);
        NDArray xs = Values.random(random, FLOAT64, 40, 7);
        NDArray ys = NDArray.of(new double[] {1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 1,
            0, 0, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0});
        NDArray w0 = Values.random(random, FLOAT64, 7);
        for (GeneratedClass compiled : List.of(profiled, unprofiled)) {
            sharedVariable(compiled, "w").setValue(w0);
            sharedVariable(compiled, "b").setValue(0.5);
        }
        Profiler.reset();

        for (int step = 0; step < STEPS; step++) {
            assertEquals(unprofiled.call("train", xs, ys), profiled.call("train", xs, ys), "cost at step " + step);
        }
        assertEquals(sharedVariable(unprofiled, "w").getValue(), sharedVariable(profiled, "w").getValue());
        assertEquals(sharedVariable(unprofiled, "b").getValue(), sharedVariable(profiled, "b").getValue());

        SymbolicMethod train = model.methods().get(0);
        List<EmissionStep> steps = RowPassPlanner.plan(FusionPlanner.plan(TopologicalOrder.of(train.roots()),
                train.roots()), train.roots());
        long fusedLoops = steps.stream().filter(s -> s instanceof FusedGroup).count();
        List<String> loopRows = Profiler.table().lines()
                .filter(row -> row.startsWith("CompiledLogistic.train ") && row.contains(" loop: ")).toList();
        assertTrue(fusedLoops > 0);
        assertEquals(fusedLoops, loopRows.size(), Profiler.table());
        assertTrue(loopRows.stream().allMatch(row -> row.matches(".* " + STEPS + " +[0-9.]+ +[0-9.]+% +[0-9.]+ GB/s")),
                Profiler.table());
        assertEquals(1, steps.stream().filter(s -> s instanceof RowPass).count());
        assertTrue(Profiler.table().lines().anyMatch(row -> row.contains(" row pass: dot ") && row.endsWith("GFLOP/s")),
                Profiler.table());
    }

    private static SymbolicClass logisticRegression() {
        Node x = input("x", FLOAT64, 2);
        Node y = input("y", FLOAT64, 1);
        Node w = shared("w", FLOAT64, 1);
        Node b = shared("b", FLOAT64, 0);
        Node p = unary(Op.SIGMOID, add(dot(x, w), b));
        Node cost = reduce(Op.MEAN, binaryCrossentropy(p, y), false);
        List<Node> grads = Autodiff.grad(cost, List.of(w, b));
        Node rate = constant(0.1, FLOAT64);
        SymbolicMethod train = Models.withUpdates(Models.method("train", cost, x, y),
                new Update("w", sub(w, mul(rate, grads.get(0)))), new Update("b", sub(b, mul(rate, grads.get(1)))));
        return Models.model("Logistic", List.of(new SharedField("w", w), new SharedField("b", b)), List.of(train));
    }
}
