package dev.symbolon.processor.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Random well-typed programs, compiled by the processor and checked against the reference
 * interpreter, finite differences and plain Java. {@code -Dsymbolon.random.programs=N} runs N
 * programs (default 300), {@code -Dsymbolon.random.seed=S} starts at seed S (alone, unless a count
 * is given too). A failure reports, for each distinct kind of failure, the seed of the first program
 * that failed so, and the smallest program found that still fails the same way.
 */
class RandomProgramTest {
    private static final int BATCH = 50;

    @Test
    void generatedProgramsCompileAndAgreeWithTheirOracles() {
        String seedProperty = System.getProperty("symbolon.random.seed");
        long first = seedProperty == null ? 1 : Long.parseLong(seedProperty);
        int count = Integer.getInteger("symbolon.random.programs", seedProperty == null ? 300 : 1);
        List<Program> programs = LongStream.range(first, first + count).mapToObj(ProgramGenerator::generate).toList();

        long start = System.nanoTime();
        Map<String, Program> firstByCategory = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Failure> failures = new LinkedHashMap<>();
        for (int from = 0; from < programs.size(); from += BATCH) {
            Runner.check(programs.subList(from, Math.min(programs.size(), from + BATCH))).forEach((p, failure) -> {
                failure.ifPresent(f -> {
                    firstByCategory.putIfAbsent(f.category(), p);
                    failures.putIfAbsent(f.category(), f);
                    counts.merge(f.category(), 1, Integer::sum);
                });
            });
        }
        System.out.printf("%d random programs checked in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
        StringBuilder report = new StringBuilder();
        firstByCategory.forEach((category, program) -> {
            Shrinker.Shrunk shrunk = Shrinker.shrink(program, failures.get(category));
            report.append("\n\n").append(counts.get(category)).append(" of ").append(count)
                    .append(" programs: ").append(category)
                    .append("\nfirst at seed ").append(program.seed())
                    .append(" (-Dsymbolon.random.seed=").append(program.seed()).append("); smallest failing program:\n")
                    .append(ProgramPrinter.symbolic(shrunk.program()))
                    .append(shrunk.failure().detail());
        });
        assertTrue(firstByCategory.isEmpty(), firstByCategory.size() + " kinds of failure:" + report);
    }

    /** The generator reaches every function of T that it is meant to, and every spelling. */
    @Test
    void generatorCoversEveryOpAndSpelling() {
        Set<String> functions = new TreeSet<>();
        Set<Spelling> spellings = new TreeSet<>();
        LongStream.range(1, 301).mapToObj(ProgramGenerator::generate).forEach(p -> p.methods().forEach(m -> {
            List<Expr> all = new ArrayList<>();
            m.body().forEach(s -> s.value().forEach(all::add));
            m.result().forEach(all::add);
            all.stream().filter(e -> e instanceof Expr.Apply).map(e -> (Expr.Apply) e).forEach(a -> {
                spellings.add(a.spelling());
                if (a.spelling() == Spelling.STATIC || a.spelling() == Spelling.QUALIFIED) {
                    functions.add(a.function());
                }
            });
        }));
        assertEquals(new TreeSet<>(List.of(Spelling.values())), spellings);
        assertEquals(new TreeSet<>(List.of("abs", "add", "argmax", "argmin", "binaryCrossentropy",
                "categoricalCrossentropy", "ceil", "cos", "cumsum", "diag", "div", "dot", "eq", "erf",
                "exp", "expm1", "floor", "ge", "get", "grad", "gt", "le", "log", "log10", "log1p", "log2", "logSoftmax",
                "logSumExp", "lt", "max", "maximum", "mean", "min", "minimum", "mul", "ne", "neg", "outer", "pow",
                "prod", "relu", "rem", "reshape", "round", "sigmoid", "sign", "sin", "softmax", "softplus",
                "sqrt", "square", "std", "sub", "sum", "tanh", "trace", "transpose", "var", "where")),
                functions);
    }

    /** The same seed gives the same program, so that a reported seed reproduces its failure. */
    @Test
    void aSeedDeterminesItsProgram() {
        assertEquals(ProgramPrinter.symbolic(ProgramGenerator.generate(42)),
                ProgramPrinter.symbolic(ProgramGenerator.generate(42)));
    }
}
