package dev.symbolon.processor.random;

import dev.symbolon.processor.random.Expr.Apply;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes a failing program smaller while it fails the same way: each round tries every one-step
 * reduction (dropping a method, a statement, a parameter or {@code @Grad}; replacing a subexpression
 * by one of its operands of the same Java type, a parameter or a literal), smallest first, in batches
 * compiled together, and keeps the first that still fails in the same category.
 */
final class Shrinker {
    private static final int BATCH = 40;
    private static final int MAX_COMPILATIONS = 80;

    private Shrinker() {}

    record Shrunk(Program program, Failure failure) {}

    static Shrunk shrink(Program program, Failure failure) {
        Program current = program;
        Failure currentFailure = failure;
        int compilations = 0;
        int round = 0;
        boolean progress = true;
        while (progress && compilations < MAX_COMPILATIONS) {
            progress = false;
            List<Program> candidates = candidates(current, current.className().replaceFirst("_.*", "") + "_" + round++);
            for (int from = 0; from < candidates.size() && compilations < MAX_COMPILATIONS; from += BATCH) {
                List<Program> batch = candidates.subList(from, Math.min(candidates.size(), from + BATCH));
                compilations++;
                Map<Program, Optional<Failure>> results = Runner.check(batch);
                String category = currentFailure.category();
                Optional<Map.Entry<Program, Optional<Failure>>> smaller = results.entrySet().stream()
                        .filter(e -> e.getValue().filter(f -> f.category().equals(category)).isPresent())
                        .findFirst();
                if (smaller.isPresent()) {
                    current = smaller.get().getKey();
                    currentFailure = smaller.get().getValue().orElseThrow();
                    progress = true;
                    break;
                }
            }
        }
        return new Shrunk(current, currentFailure);
    }

    /** Every one-step reduction, smallest first, each a class of its own name. */
    static List<Program> candidates(Program p, String name) {
        List<List<Program.Method>> variants = new ArrayList<>();
        List<Program.Method> methods = p.methods();
        for (int i = 0; i < methods.size(); i++) {
            Program.Method m = methods.get(i);
            if (methods.size() > 1 && methods.stream().noneMatch(o -> calls(o, m.name()))) {
                List<Program.Method> without = new ArrayList<>(methods);
                without.remove(i);
                variants.add(without);
            }
            if (m.grad()) {
                variants.add(replaced(methods, i, new Program.Method(m.name(), m.flavor(), false, m.params(), m.body(),
                        m.result())));
            }
            for (int j = 0; j < m.body().size(); j++) {
                Program.Statement s = m.body().get(j);
                if (!s.declares() || !mentionedAfter(m, j, s.target().name())) {
                    List<Program.Statement> body = new ArrayList<>(m.body());
                    body.remove(j);
                    variants.add(replaced(methods, i, new Program.Method(m.name(), m.flavor(), m.grad(), m.params(),
                            body, m.result())));
                }
                for (Expr v : variants(s.value(), m.params())) {
                    List<Program.Statement> body = new ArrayList<>(m.body());
                    body.set(j, new Program.Statement(s.target(), s.declares(), v));
                    variants.add(replaced(methods, i, new Program.Method(m.name(), m.flavor(), m.grad(), m.params(),
                            body, m.result())));
                }
            }
            for (int k = 0; k < m.params().size(); k++) {
                if (!mentionedAfter(m, -1, m.params().get(k).name())) {
                    variants.add(withoutParameter(methods, i, k));
                }
            }
            for (Expr v : variants(m.result(), m.params())) {
                variants.add(replaced(methods, i, new Program.Method(m.name(), m.flavor(), m.grad(), m.params(),
                        m.body(), v)));
            }
        }
        List<Program> programs = new ArrayList<>();
        variants.sort(Comparator.comparingInt(ms -> ms.stream().mapToInt(Program.Method::measure).sum()));
        for (List<Program.Method> ms : variants) {
            programs.add(p.withMethods(name + "_" + programs.size(), ms));
        }
        return programs;
    }

    /** {@code e} with one subexpression replaced by a same-typed operand of it, a parameter or a literal. */
    static List<Expr> variants(Expr e, List<Expr.Name> params) {
        List<Expr> variants = new ArrayList<>();
        if (!e.operands().isEmpty()) {
            e.operands().stream().filter(o -> o.type() == e.type()).forEach(variants::add);
            params.stream().filter(p -> p.type() == e.type()).forEach(variants::add);
            switch (e.type()) {
                case DOUBLE -> variants.add(new Expr.Literal("1.0", JType.DOUBLE));
                case INT -> variants.add(new Expr.Literal("1", JType.INT));
                case LONG -> variants.add(new Expr.Literal("1L", JType.LONG));
                default -> { }
            }
        }
        boolean grad = e instanceof Apply a && a.function().equals("grad");
        for (int i = 0; i < e.operands().size(); i++) {
            if (grad && i == 1) {
                continue; // grad's wrt stays a parameter
            }
            for (Expr v : variants(e.operands().get(i), params)) {
                List<Expr> operands = new ArrayList<>(e.operands());
                operands.set(i, v);
                variants.add(e.withOperands(operands));
            }
        }
        return variants;
    }

    private static boolean calls(Program.Method caller, String callee) {
        List<Boolean> found = new ArrayList<>();
        caller.body().forEach(s -> s.value().forEach(e -> found.add(isCallOf(e, callee))));
        caller.result().forEach(e -> found.add(isCallOf(e, callee)));
        return found.contains(true);
    }

    private static boolean isCallOf(Expr e, String callee) {
        return e instanceof Apply a && a.spelling() == Spelling.CALL && a.function().equals(callee);
    }

    /** Whether statements after {@code index}, or the result, mention the name. */
    private static boolean mentionedAfter(Program.Method m, int index, String name) {
        for (int j = index + 1; j < m.body().size(); j++) {
            if (m.body().get(j).value().mentions(name) || m.body().get(j).target().name().equals(name)) {
                return true;
            }
        }
        return m.result().mentions(name);
    }

    private static List<Program.Method> replaced(List<Program.Method> methods, int i, Program.Method m) {
        List<Program.Method> copy = new ArrayList<>(methods);
        copy.set(i, m);
        return copy;
    }

    /** Method {@code i} without parameter {@code k}, and every call of it without that argument. */
    private static List<Program.Method> withoutParameter(List<Program.Method> methods, int i, int k) {
        Program.Method m = methods.get(i);
        List<Expr.Name> params = new ArrayList<>(m.params());
        params.remove(k);
        List<Program.Method> copy = replaced(methods, i,
                new Program.Method(m.name(), m.flavor(), m.grad(), params, m.body(), m.result()));
        for (int j = i + 1; j < copy.size(); j++) {
            Program.Method caller = copy.get(j);
            List<Program.Statement> body = caller.body().stream().map(s -> new Program.Statement(s.target(),
                    s.declares(), dropArgument(s.value(), m.name(), k))).toList();
            copy.set(j, new Program.Method(caller.name(), caller.flavor(), caller.grad(), caller.params(), body,
                    dropArgument(caller.result(), m.name(), k)));
        }
        return copy;
    }

    private static Expr dropArgument(Expr e, String callee, int k) {
        List<Expr> operands = new ArrayList<>(e.operands().stream().map(o -> dropArgument(o, callee, k)).toList());
        if (isCallOf(e, callee)) {
            operands.remove(k);
        }
        return e.operands().isEmpty() ? e : e.withOperands(operands);
    }
}
