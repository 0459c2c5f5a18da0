package dev.symbolon;

import dev.symbolon.runtime.DType;

/**
 * The package-private factories of the handle classes, for tests in other packages that trace a body
 * by hand: inputs and shared values as a front end makes them.
 */
public final class Handles {
    private Handles() {}

    public static Scalar scalar(String name) {
        return Scalar.input(name);
    }

    public static Scalar scalar(String name, DType dtype) {
        return Scalar.input(name, dtype);
    }

    public static Vector vector(String name) {
        return Vector.input(name);
    }

    public static Vector vector(String name, DType dtype) {
        return Vector.input(name, dtype);
    }

    public static Matrix matrix(String name, DType dtype) {
        return Matrix.input(name, dtype);
    }

    public static Tensor tensor(String name, DType dtype, int rank) {
        return Tensor.input(name, dtype, rank);
    }

    public static Scalar sharedScalar(String name, DType dtype) {
        return Scalar.shared(name, dtype);
    }

    public static Matrix sharedMatrix(String name, DType dtype) {
        return Matrix.shared(name, dtype);
    }
}
