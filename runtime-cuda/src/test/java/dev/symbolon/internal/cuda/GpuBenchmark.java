package dev.symbolon.internal.cuda;

import dev.symbolon.internal.executor.Executor;
import dev.symbolon.internal.executor.Executors;
import dev.symbolon.internal.executor.MethodGraph;
import dev.symbolon.internal.executor.Results;
import dev.symbolon.internal.interpreter.Interpreter;
import dev.symbolon.internal.ir.GraphText;
import dev.symbolon.runtime.DType;
import dev.symbolon.runtime.Device;
import dev.symbolon.runtime.NDArray;
import dev.symbolon.runtime.SharedVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Time per step of the benchmark workloads on the first CUDA GPU, through the executor as a compiled
 * class calls it (copies to and from the device included): W1 (the logistic regression's step, N =
 * 400, 784 features), W3 (value and gradient on two vectors of 10^7 doubles) and E, an elementwise
 * update of 10^7 doubles whose shared vector stays on the device. A workload with an op that has no
 * kernel yet is reported as such. Each result is checked against the reference interpreter first.
 *
 * <p>{@code GpuBenchmark [--steps S] [--require-gpu]}: exit 0 when every workload that runs agrees
 * (or there is no GPU), 1 when one disagrees or fails, 2 without a GPU under {@code --require-gpu}.
 */
public final class GpuBenchmark {
    private static final Device GPU = Device.cuda(0);

    private GpuBenchmark() {}

    public static void main(String[] args) {
        int steps = 20;
        boolean requireGpu = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--steps" -> steps = Integer.parseInt(args[++i]);
                case "--require-gpu" -> requireGpu = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: GpuBenchmark [--steps S] [--require-gpu]");
            }
        }
        CudaExecutorProvider provider = new CudaExecutorProvider();
        if (!provider.isPresent(GPU)) {
            System.out.println("gpu-benchmark: no CUDA device: " + provider.absenceReason(GPU));
            System.exit(requireGpu ? 2 : 0);
        }
        CudaDriver driver = CudaProbe.get().driver(0);
        System.out.println("gpu-benchmark: " + driver.name() + ", " + driver.multiprocessors() + " multiprocessors, "
                + steps + " timed steps after 3 warm-up steps");
        boolean ok = run(new Executors(List.of(provider)), steps, 10_000_000);
        System.out.println(ok ? "gpu-benchmark: OK" : "gpu-benchmark: FAIL");
        System.exit(ok ? 0 : 1);
    }

    /**
     * Reports every workload, the large ones on vectors of {@code large} elements.
     *
     * @return whether every workload that ran agreed with the interpreter
     */
    static boolean run(Executors executors, int steps, int large) {
        boolean ok = true;
        for (Workload workload : workloads(large)) {
            ok &= workload.report(executors, steps);
        }
        return ok;
    }

    private static List<Workload> workloads(int large) {
        Random random = new Random(42);
        int n = 400;
        int features = 784;
        NDArray x = gaussian(random, n, features);
        double[] labels = new double[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextBoolean() ? 1 : 0;
        }
        SharedVariable w = SharedVariable.of("w", gaussian(random, features));
        SharedVariable b = SharedVariable.of("b", 0.0);
        SharedVariable v = SharedVariable.of("v", gaussian(random, large));
        return List.of(
                new Workload("W1 logistic step, N=400, 784 features", Workloads.logisticStep(w, b),
                        List.of(x, NDArray.of(labels), NDArray.scalar(0.1), NDArray.scalar(0.01)), List.of(w, b)),
                new Workload("W3 value and gradient, " + large + " doubles", Workloads.sumAndSlope(),
                        List.of(gaussian(random, large), gaussian(random, large)), List.of()),
                new Workload("E  elementwise update, " + large + " doubles, resident", Workloads.elementwiseStep(v),
                        List.of(gaussian(random, large), NDArray.scalar(0.001)), List.of(v)));
    }

    private static NDArray gaussian(Random random, int... shape) {
        int size = 1;
        for (int d : shape) {
            size *= d;
        }
        double[] data = new double[size];
        for (int i = 0; i < size; i++) {
            data[i] = random.nextGaussian();
        }
        return NDArray.wrap(data, shape);
    }

    /** One workload: its method, its arguments, and the shared variables it reads, in the method's order. */
    private record Workload(String name, MethodGraph method, List<NDArray> arguments, List<SharedVariable> variables) {
        boolean report(Executors executors, int steps) {
            String line = String.format(Locale.ROOT, "%-48s", name);
            Executor executor;
            try {
                executor = executors.executors(GPU, List.of(method)).get(0);
            } catch (UnsupportedOperationException e) {
                System.out.println(line + " not on the GPU yet: " + e.getMessage());
                return true;
            }
            try {
                Map<String, NDArray> shared = new HashMap<>();
                for (int i = 0; i < method.shared().size(); i++) {
                    shared.put(method.shared().get(i).name(), value(method.shared().get(i).name()));
                }
                List<NDArray> state = new ArrayList<>(shared.size());
                method.shared().forEach(s -> state.add(shared.get(s.name())));
                Results first = executor.run(arguments, state, null);
                String agreement = agreement(first, state);
                List<NDArray> current = next(state, first);
                for (int i = 0; i < 3; i++) {
                    current = next(current, executor.run(arguments, current, null));
                }
                long start = System.nanoTime();
                for (int i = 0; i < steps; i++) {
                    current = next(current, executor.run(arguments, current, null));
                }
                double ms = (System.nanoTime() - start) / 1e6 / steps;
                System.out.println(line + String.format(Locale.ROOT, " %9.3f ms/step; ", ms) + agreement);
                return agreement.startsWith("agrees");
            } catch (RuntimeException e) {
                System.out.println(line + " FAILED: " + e);
                return false;
            }
        }

        /**
         * The value of the variable that the method's shared slot of this name stands for: a function's
         * shared fields take their variables' own names (its leaf's may carry a suffix where another
         * live variable has the name).
         */
        private NDArray value(String field) {
            return variables.stream().filter(v -> v.name().equals(field)).findFirst().orElseThrow().getValue();
        }

        /** The shared values of the next step: each updated variable's new value, as a compiled class assigns it. */
        private List<NDArray> next(List<NDArray> current, Results results) {
            List<NDArray> next = new ArrayList<>(current);
            for (int j = 0; j < method.updates().size(); j++) {
                for (int i = 0; i < method.shared().size(); i++) {
                    if (method.shared().get(i).name().equals(method.updates().get(j).name())) {
                        next.set(i, results.updates().get(j));
                    }
                }
            }
            return next;
        }

        /** Whether the GPU's first step equals the interpreter's: bit for bit, else to 1e-9 relative. */
        private String agreement(Results results, List<NDArray> state) {
            Map<String, NDArray> leaves = new HashMap<>();
            for (int i = 0; i < method.parameters().size(); i++) {
                leaves.put(method.parameters().get(i).name(), arguments.get(i));
            }
            for (int i = 0; i < method.shared().size(); i++) {
                leaves.put(method.shared().get(i).name(), state.get(i));
            }
            List<NDArray> expected = Interpreter.evaluate(GraphText.read(method.graph()), l -> leaves.get(l.name()));
            List<NDArray> actual = results.all();
            double worst = 0;
            for (int k = 0; k < expected.size(); k++) {
                if (expected.get(k).dtype() != DType.FLOAT64 && !expected.get(k).equals(actual.get(k))) {
                    return "DISAGREES with the interpreter at result " + k;
                }
                double[] e = expected.get(k).toDoubleArray();
                double[] a = actual.get(k).toDoubleArray();
                for (int i = 0; i < e.length; i++) {
                    if (Double.doubleToLongBits(e[i]) != Double.doubleToLongBits(a[i])) {
                        worst = Math.max(worst, Math.abs(e[i] - a[i]) / Math.max(1e-300, Math.abs(e[i])));
                    }
                }
            }
            return worst == 0 ? "agrees with the interpreter bit for bit"
                    : worst <= 1e-9 ? String.format(Locale.ROOT, "agrees with the interpreter to %.1e relative", worst)
                    : String.format(Locale.ROOT, "DISAGREES with the interpreter: %.1e relative", worst);
        }
    }
}
