package dev.symbolon.processor.random;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What an expression being generated may use: the parameters and locals declared so far, and the
 * methods before this one that it may call.
 */
final class Scope {
    final Random random;
    final Flavor flavor;
    final int size;
    final List<Expr.Name> params;
    final List<Expr.Name> names = new ArrayList<>();
    final List<Program.Method> callable;
    /** Whether {@code grad(...)} may appear: not in a {@code @Grad} method, whose wrt must be what it reads. */
    final boolean gradAllowed;

    Scope(Random random, Flavor flavor, int size, List<Expr.Name> params, List<Program.Method> callable,
          boolean gradAllowed) {
        this.random = random;
        this.flavor = flavor;
        this.size = size;
        this.params = params;
        this.names.addAll(params);
        this.callable = callable;
        this.gradAllowed = gradAllowed;
    }

    List<Expr.Name> named(JType type) {
        return names.stream().filter(n -> n.type() == type).toList();
    }

    List<Expr.Name> paramsOf(JType type) {
        return params.stream().filter(n -> n.type() == type).toList();
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }
}
