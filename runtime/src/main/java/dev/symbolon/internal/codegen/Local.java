package dev.symbolon.internal.codegen;

/**
 * Where generated code holds a node's value: for a scalar, a Java expression of its primitive type
 * (a local, a parameter or a literal) and no shape; otherwise the local of its flat row-major array
 * and the local of its {@code int[]} shape, and where its elements start in that array: {@code null}
 * for index 0, else the local of the offset of an argument that is read where it lies (see
 * {@link Buffers}).
 */
record Local(String data, String shape, String offset) {
    Local(String data, String shape) {
        this(data, shape, null);
    }

    static Local scalar(String expression) {
        return new Local(expression, null);
    }

    boolean isScalar() {
        return shape == null;
    }
}
