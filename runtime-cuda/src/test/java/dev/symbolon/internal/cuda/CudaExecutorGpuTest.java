package dev.symbolon.internal.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.symbolon.internal.executor.Executor;
import dev.symbolon.internal.executor.Executors;
import dev.symbolon.internal.executor.MethodGraph;
import dev.symbolon.internal.executor.Results;
import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.GraphText;
import dev.symbolon.internal.ir.Node;
import dev.symbolon.runtime.Device;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.ShapeException;
import dev.symbolon.runtime.SharedVariable;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The executor on the first CUDA GPU, through the provider as a generated class reaches it: every
 * result against the reference interpreter bit for bit (the kernels round as Java does), over several
 * calls, so that buffers reused and shared values left on the device are exercised. Skipped, with the
 * driver's reason, where JCuda's natives or a GPU are missing.
 */
class CudaExecutorGpuTest {
    private static final int N = 100_003;
    private static final Device GPU = Device.cuda(0);
    private static Executors executors;

    @BeforeAll
    static void findGpu() {
        CudaExecutorProvider provider = new CudaExecutorProvider();
        if (provider.isPresent(GPU)) {
            executors = new Executors(List.of(provider));
        }
    }

    private static Executor executor(MethodGraph method) {
        assumeTrue(executors != null, () -> "no CUDA GPU here (" + new CudaExecutorProvider().absenceReason(GPU)
                + "): executor not run");
        return executors.executors(GPU, List.of(method)).get(0);
    }

    private static NDArray random(Random random, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i % 101 == 0 ? -0.0 : random.nextGaussian() * 3;
        }
        return NDArray.of(v);
    }

    @Test
    void elementwiseStepsMatchTheInterpreterBitForBitWithTheSharedValueResident() {
        MethodGraph method = Workloads.elementwiseStep(SharedVariable.of("w", NDArray.zeros(dev.symbolon.runtime.DType.FLOAT64, 1)));
        Executor executor = executor(method);
        List<Node> roots = GraphText.read(method.graph());
        Random random = new Random(3);
        NDArray w = random(random, N);
        NDArray lr = NDArray.scalar(0.25);
        for (int step = 0; step < 5; step++) {
            NDArray x = random(random, step == 3 ? N * 2 : N);
            NDArray current = w;
            Map<String, NDArray> leaves = Map.of("x", x, "lr", lr, method.shared().get(0).name(), current);
            if (x.size() != w.size()) {
                assertThrows(ShapeException.class, () -> executor.run(List.of(x, lr), List.of(current), null));
                continue;
            }
            List<NDArray> expected = Interpreter.evaluate(roots, leaf -> leaves.get(leaf.name()));
            Results results = executor.run(List.of(x, lr), List.of(current), null);
            assertEquals(expected, results.all(), "step " + step);
            w = results.updates().get(0);
        }
    }

    @Test
    void kernelGroupsOfTheEmitterTestsRunThroughTheExecutor() {
        for (Object[] group : FusedKernelGpuTest.groups()) {
            @SuppressWarnings("unchecked")
            Node[] nodes = ((java.util.function.Supplier<Node[]>) group[1]).get();
            MethodGraph method = MethodGraphs.ofRoots((String) group[0], nodes);
            Executor executor = executor(method);
            List<NDArray> arguments = MethodGraphs.arguments(method, new Random(5), N);
            List<Node> roots = GraphText.read(method.graph());
            List<NDArray> expected = Interpreter.evaluate(roots, leaf -> arguments.get(MethodGraphs.index(method, leaf)));
            assertEquals(expected, executor.run(arguments, List.of(), null).all(), (String) group[0]);
        }
    }

    /**
     * W1 as the benchmark runs it, a softmax classifier's forward pass, every reduction and every
     * product form: sums are block trees on the device, so the results agree to rounding.
     */
    @Test
    void everyKernelFamilyAgreesWithTheInterpreterToRounding() {
        Random random = new Random(11);
        SharedVariable w = SharedVariable.of("w", CudaExecutorFamiliesTest.gaussian(random, 784));
        SharedVariable b = SharedVariable.of("b", 0.0);
        MethodGraph logistic = Workloads.logisticStep(w, b);
        double[] labels = new double[400];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 3 == 0 ? 1 : 0;
        }
        CudaExecutorFamiliesTest.runSteps(executor(logistic), logistic, List.of(CudaExecutorFamiliesTest.gaussian(random,
                400, 784), NDArray.of(labels), NDArray.scalar(0.1), NDArray.scalar(0.01)), List.of(w, b), 3);

        SharedVariable w1 = SharedVariable.of("w1", CudaExecutorFamiliesTest.gaussian(random, 70, 45));
        SharedVariable w2 = SharedVariable.of("w2", CudaExecutorFamiliesTest.gaussian(random, 45, 33));
        MethodGraph classifier = Workloads.softmaxClassifier(w1, w2, false);
        double[][] y = new double[300][33];
        for (int i = 0; i < y.length; i++) {
            y[i][random.nextInt(33)] = 1;
        }
        CudaExecutorFamiliesTest.runSteps(executor(classifier), classifier, List.of(
                CudaExecutorFamiliesTest.gaussian(random, 300, 70), NDArray.of(y)), List.of(w1, w2), 1);

        MethodGraph reductions = CudaExecutorFamiliesTest.reductions();
        List<NDArray> m = List.of(CudaExecutorFamiliesTest.gaussian(random, 30, 400, 50).astype(dev.symbolon.runtime.DType.FLOAT32));
        CudaExecutorFamiliesTest.runSteps(executor(reductions), reductions, m, List.of(), 1);

        MethodGraph products = CudaExecutorFamiliesTest.products();
        Map<String, NDArray> byName = Map.of("a", CudaExecutorFamiliesTest.gaussian(random, 70, 45),
                "b", CudaExecutorFamiliesTest.gaussian(random, 45, 70), "u", CudaExecutorFamiliesTest.gaussian(random, 45),
                "v", CudaExecutorFamiliesTest.gaussian(random, 70));
        CudaExecutorFamiliesTest.runSteps(executor(products), products,
                products.parameters().stream().map(p -> byName.get(p.name())).toList(), List.of(), 1);
    }
}
