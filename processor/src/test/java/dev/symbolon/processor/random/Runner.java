package dev.symbolon.processor.random;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Compiles a batch of programs in one javac run and checks each that compiled against its oracles. */
final class Runner {
    private Runner() {}

    static Map<Program, Optional<Failure>> check(List<Program> programs) {
        Map<Program, Optional<Failure>> results = new LinkedHashMap<>();
        BatchCompiler.compile(programs).forEach((p, outcome) -> {
            if (outcome.failure() != null) {
                results.put(p, Optional.of(outcome.failure()));
                return;
            }
            try {
                results.put(p, new Oracle(p, outcome.compiled(), outcome.plain()).check());
            } catch (RuntimeException | AssertionError | StackOverflowError e) {
                results.put(p, Optional.of(Failure.thrown("checking", e)));
            }
        });
        return results;
    }
}
