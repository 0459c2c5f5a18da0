package dev.symbolon.internal.codegen;

/**
 * Where generated code holds a node's value: for a scalar, a Java expression of its primitive type
 * (a local, a parameter or a literal) and no shape; otherwise the local of its flat row-major array
 * and the local of its {@code int[]} shape.
 */
record Local(String data, String shape) {
    static Local scalar(String expression) {
        return new Local(expression, null);
    }

    boolean isScalar() {
        return shape == null;
    }
}
