package dev.symbolon.processor.random;

import java.util.List;

/** One generated class: methods in order, each calling only methods before it. */
record Program(long seed, String className, int size, List<Program.Method> methods) {

    /**
     * A {@code @Symbolic} method. {@code size} is the length of every Vector and both dimensions of
     * every Matrix of the program, so that every broadcast and product fits.
     */
    record Method(String name, Flavor flavor, boolean grad, List<Expr.Name> params, List<Statement> body,
                  Expr result) {
        int measure() {
            return 1 + params.size() + result.size()
                    + body.stream().mapToInt(s -> 1 + s.value().size()).sum() + (grad ? 1 : 0);
        }
    }

    /** {@code Type name = value;} where {@code declares}, else {@code name = value;}. */
    record Statement(Expr.Name target, boolean declares, Expr value) {}

    Program withMethods(String newName, List<Method> newMethods) {
        return new Program(seed, newName, size, List.copyOf(newMethods));
    }

    Method method(String name) {
        return methods.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    int measure() {
        return methods.stream().mapToInt(Method::measure).sum();
    }
}
