package dev.symbolon.spark;

import dev.symbolon.runtime.NDArray;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The evaluators built in this JVM, pooled per recipe: a task borrows one, so that concurrent tasks
 * of an executor never share a model instance (whose calls would run one at a time) and later steps
 * do not build the model again (compiling a run-time function takes a second). The pool forgets the
 * recipes used least recently beyond {@value #RECIPES}.
 */
final class Evaluators {
    static final int RECIPES = 8;

    private static final Map<String, Deque<Evaluator>> POOLS = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Evaluator>> eldest) {
            return size() > RECIPES;
        }
    };

    private Evaluators() {
    }

    /** Computes with an evaluator of {@code recipe} borrowed for the call. */
    static Evaluator.Gradient compute(Recipe recipe, NDArray[] state, long seed, NDArray[] data) {
        Evaluator evaluator = borrow(recipe);
        if (evaluator == null) {
            evaluator = recipe.build(state);
        }
        Evaluator.Gradient gradient = evaluator.compute(state, seed, data);
        giveBack(recipe, evaluator);
        return gradient;
    }

    private static synchronized Evaluator borrow(Recipe recipe) {
        Deque<Evaluator> pool = POOLS.get(recipe.id());
        return pool == null ? null : pool.pollFirst();
    }

    private static synchronized void giveBack(Recipe recipe, Evaluator evaluator) {
        POOLS.computeIfAbsent(recipe.id(), id -> new ArrayDeque<>()).addFirst(evaluator);
    }
}
