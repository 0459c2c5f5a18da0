package dev.symbolon.processor.random;

import dev.symbolon.processor.random.Expr.Apply;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random well-typed {@code @Symbolic} classes, one per seed: float64, float32 and integer methods,
 * some {@code @Grad}, with locals (some reassigned) and calls of the methods before them.
 */
final class ProgramGenerator {
    private static final int DEPTH = 2;

    private ProgramGenerator() {}

    static Program generate(long seed) {
        Random random = new Random(seed);
        int size = 1 + random.nextInt(4);
        List<Program.Method> methods = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            double f = random.nextDouble();
            Flavor flavor = f < 0.5 ? Flavor.FLOAT64 : f < 0.7 ? Flavor.FLOAT32 : Flavor.INTEGER;
            methods.add(method("m" + i, flavor, random, size, methods));
        }
        return new Program(seed, "P" + Long.toUnsignedString(seed, 36), size, methods);
    }

    private static Program.Method method(String name, Flavor flavor, Random random, int size,
                                         List<Program.Method> before) {
        boolean integer = flavor == Flavor.INTEGER;
        boolean grad = !integer && random.nextDouble() < 0.3;
        List<Expr.Name> params = new ArrayList<>();
        List<JType> paramTypes = integer ? List.of(JType.INT, JType.LONG)
                : List.of(JType.DOUBLE, JType.SCALAR, JType.VECTOR, JType.MATRIX);
        int count = 1 + random.nextInt(integer ? 3 : 4);
        for (int i = 0; i < count; i++) {
            params.add(new Expr.Name("x" + i, paramTypes.get(random.nextInt(paramTypes.size()))));
        }
        if (!integer && params.stream().noneMatch(p -> p.type().rank > 0)) {
            params.add(new Expr.Name("x" + count, random.nextBoolean() ? JType.VECTOR : JType.MATRIX));
        }
        // A callee containing grad is not called: bound to an argument, its wrt would be that argument.
        List<Program.Method> callable = before.stream()
                .filter(m -> m.flavor() == flavor && !containsGrad(m)).toList();
        Scope scope = new Scope(random, flavor, size, params, callable, !grad);
        FloatExpressions floats = new FloatExpressions(scope);
        IntegerExpressions integers = new IntegerExpressions(scope);

        List<Program.Statement> body = new ArrayList<>();
        int statements = random.nextInt(4);
        for (int i = 0; i < statements; i++) {
            List<Expr.Name> locals = scope.names.stream().filter(n -> !params.contains(n)).toList();
            if (!locals.isEmpty() && random.nextDouble() < 0.3) {
                Expr.Name target = scope.pick(locals);
                Expr value = integer ? integers.generate(target.type(), DEPTH) : floats.generate(target.type(), DEPTH);
                body.add(new Program.Statement(target, false, value));
            } else {
                JType type = paramTypes.get(random.nextInt(paramTypes.size()));
                Expr value = integer ? integers.generate(type, DEPTH) : floats.generate(type, DEPTH);
                Expr.Name local = new Expr.Name("v" + i, type);
                body.add(new Program.Statement(local, true, value));
                scope.names.add(local);
            }
        }
        List<JType> resultTypes = integer ? List.of(JType.INT, JType.LONG)
                : grad ? List.of(JType.DOUBLE, JType.SCALAR) : paramTypes;
        JType resultType = resultTypes.get(random.nextInt(resultTypes.size()));
        Expr generated = integer ? integers.generate(resultType, DEPTH + 1) : floats.generate(resultType, DEPTH + 1);
        Expr result = generated;
        if (grad) {
            // @Grad differentiates with respect to every float parameter by default: the cost must read each.
            for (Expr.Name p : params) {
                if (!reads(p.name(), body, result)) {
                    Expr term = p.type().rank == 0 ? p : new Apply(Spelling.STATIC, "sum", JType.SCALAR, List.of(p));
                    JType sum = result.type() == JType.DOUBLE && p.type() == JType.DOUBLE ? JType.DOUBLE : JType.SCALAR;
                    result = new Apply(Spelling.STATIC, "add", sum, List.of(result, term));
                }
            }
        }
        return new Program.Method(name, flavor, grad, params, body, result);
    }

    /** Whether the result reads {@code name}, directly or through the locals it reads, as last assigned. */
    static boolean reads(String name, List<Program.Statement> body, Expr result) {
        Set<String> reading = new HashSet<>(Set.of(name));
        for (Program.Statement s : body) {
            if (reading.stream().anyMatch(s.value()::dependsOn)) {
                reading.add(s.target().name());
            } else {
                reading.remove(s.target().name());
            }
        }
        return reading.stream().anyMatch(result::dependsOn);
    }

    static boolean containsGrad(Program.Method m) {
        List<Expr> all = new ArrayList<>();
        m.body().forEach(s -> s.value().forEach(all::add));
        m.result().forEach(all::add);
        return all.stream().anyMatch(e -> e instanceof Apply a && a.function().equals("grad"));
    }
}
