package dev.symbolon.internal.ir;

import dev.symbolon.Handles;
import dev.symbolon.internal.access.Internals;
import static dev.symbolon.T.grad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.symbolon.Scalar;
import dev.symbolon.Vector;
import dev.symbolon.internal.rewrite.Optimizer;
import dev.symbolon.runtime.DType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Nodes are interned in one table shared by every thread, while source positions and traces are
 * per thread: several threads building graphs at once must neither corrupt the table nor block
 * each other for good, and the same expression at the same position must still be one node.
 */
class ConcurrentTracingTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 100;

    @Test
    void threadsTracingTheSameExpressionAtOnceGetOneNode() {
        List<Node> results = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> runOnThreads(thread -> {
            Node last = null;
            for (int round = 0; round < ROUNDS; round++) {
                last = costGradient(new SourcePosition("Model.java", 7), "x");
            }
            return last;
        }));
        for (Node result : results) {
            assertSame(results.get(0), result);
        }
    }

    @Test
    void threadsTracingDifferentPositionsKeepTheirOwnPositions() {
        List<Node> results = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> runOnThreads(thread -> {
            Node last = null;
            for (int round = 0; round < ROUNDS; round++) {
                last = costGradient(new SourcePosition("Model" + thread + ".java", round + 1), "x");
                assertEquals(new SourcePosition("Model" + thread + ".java", round + 1), last.position());
            }
            return last;
        }));
        // one graph per thread, equal in structure: merging unites them into one
        List<Node> merged = Optimizer.optimize(results);
        for (Node node : merged) {
            assertSame(merged.get(0), node);
        }
    }

    /** The optimized gradient of a cost with a few rewrites in it, built at {@code position}. */
    private static Node costGradient(SourcePosition position, String name) {
        try (var scope = SourcePosition.enter(position)) {
            Vector x = Handles.vector(name, DType.FLOAT32);
            Scalar cost = x.sigmoid().log().sum().plus(x.times(2.0).exp().plus(1.0).log().mean());
            return Optimizer.optimize(List.of(Internals.node(grad(cost, x)))).get(0);
        }
    }

    private interface Work {
        Node run(int thread) throws Exception;
    }

    /** Runs {@code work} on every thread, all released at once, and returns each thread's result. */
    private static List<Node> runOnThreads(Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<Node>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.run(thread);
                }));
            }
            List<Node> results = new ArrayList<>();
            for (Future<Node> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
