package dev.symbolon.internal.cpu;

/**
 * The arrays a generated instance keeps from call to call: a work buffer, or the spare array of a
 * shared variable that its next update is written into. {@code fit} hands back the array it is given
 * while it has exactly {@code size} elements, and a new one otherwise (the first call, or a call with
 * other shapes), which the caller keeps in place of the old one. Exactly, not at least: fused loops and
 * kernels take an array's length as its element count.
 */
public final class WorkArrays {
    private WorkArrays() {}

    public static double[] fit(double[] array, int size) {
        return array != null && array.length == size ? array : new double[size];
    }

    public static float[] fit(float[] array, int size) {
        return array != null && array.length == size ? array : new float[size];
    }

    public static int[] fit(int[] array, int size) {
        return array != null && array.length == size ? array : new int[size];
    }

    public static long[] fit(long[] array, int size) {
        return array != null && array.length == size ? array : new long[size];
    }

    public static boolean[] fit(boolean[] array, int size) {
        return array != null && array.length == size ? array : new boolean[size];
    }
}
