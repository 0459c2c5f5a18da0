package dev.symbolon.runtime;

import dev.symbolon.internal.shape.Shapes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * NumPy's {@code .npy} format (numpy.lib.format): the magic string {@code \x93NUMPY}, a version, the
 * header length, the header dict, then the elements. Reads versions 1.0, 2.0 and 3.0, either byte order
 * and either memory order; writes version 1.0 (2.0 only for a header too long for it), little-endian, C
 * order, with the data aligned to 64 bytes, byte for byte as {@code numpy.save} writes the same array.
 * Elements pass through a small buffer in both directions, so an array is never held twice as bytes.
 */
final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGNMENT = 64;
    private static final int BUFFER_BYTES = 1 << 16;
    private static final String SUPPORTED = "float64 '<f8', float32 '<f4', int64 '<i8', int32 '<i4' and bool '|b1'"
            + " (either byte order)";

    private Npy() {
    }

    /**
     * Reads one array from {@code in}, which is left after its last element.
     *
     * @param source the file (and entry) for messages
     * @param length the bytes {@code in} holds, if known (else -1): a shape that needs more is refused
     *        before its array is allocated
     * @throws IOException naming {@code source} and the problem: a truncated file, no magic string, an
     *         unknown version, a header that is not NumPy's dict, a dtype NDArray does not hold (objects,
     *         which would need a pickle, are refused as {@code numpy.load(allow_pickle=False)} does), or a
     *         shape with more elements than a Java array holds
     */
    static NDArray read(InputStream in, String source, long length) throws IOException {
        byte[] prefix = readFully(in, MAGIC.length + 2, source, "the magic string and version");
        if (!Arrays.equals(prefix, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IOException(source + ": not a .npy file (it does not start with \\x93NUMPY)");
        }
        int major = prefix[MAGIC.length];
        int minor = prefix[MAGIC.length + 1];
        if (major < 1 || major > 3 || minor != 0) {
            throw new IOException(source + ": .npy format version " + major + "." + minor
                    + " is not one of 1.0, 2.0 and 3.0");
        }
        int lengthBytes = major == 1 ? 2 : 4;
        ByteBuffer lengthField = ByteBuffer.wrap(readFully(in, lengthBytes, source, "the header length"))
                .order(ByteOrder.LITTLE_ENDIAN);
        long headerLength = major == 1 ? Short.toUnsignedInt(lengthField.getShort())
                : Integer.toUnsignedLong(lengthField.getInt());
        if (headerLength > Integer.MAX_VALUE) {
            throw new IOException(source + ": the .npy header claims " + headerLength + " bytes");
        }
        Charset charset = major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        String text = new String(readFully(in, (int) headerLength, source, "the header"), charset);
        NpyHeader header = NpyHeader.parse(text, source);
        Element element = element(header.descr(), source);
        int[] shape = shape(header.shape(), source);
        int size = Shapes.size(shape);
        // Fortran order is C order of the reversed shape; transposing afterwards restores the axes.
        int[] stored = header.fortranOrder() ? reversed(shape) : shape;
        long dataBytes = (long) size * element.dtype.byteSize();
        long available = length - (MAGIC.length + 2 + lengthBytes + headerLength);
        if (length >= 0 && available < dataBytes) {
            throw truncated(source, Math.max(available, 0), dataBytes);
        }
        Object data = readData(in, element, size, source);
        NDArray array = NDArray.adopt(element.dtype, data, size, stored);
        return header.fortranOrder() && shape.length > 1 ? transposed(array, shape) : array;
    }

    /** Writes {@code array} as {@code numpy.save} would. */
    static void write(NDArray array, OutputStream out) throws IOException {
        String descr = array.dtype() == DType.BOOL ? "|b1"
                : "<" + (array.dtype().isFloat() ? "f" : "i") + array.dtype().byteSize();
        byte[] dict = NpyHeader.format(descr, array.shape()).getBytes(StandardCharsets.ISO_8859_1);
        int version = 1;
        int padded = paddedLength(dict.length, 2);
        if (padded > 0xFFFF) {
            version = 2;
            padded = paddedLength(dict.length, 4);
        }
        ByteBuffer header = ByteBuffer.allocate(MAGIC.length + 2 + (version == 1 ? 2 : 4) + padded)
                .order(ByteOrder.LITTLE_ENDIAN)
                .put(MAGIC).put((byte) version).put((byte) 0);
        if (version == 1) {
            header.putShort((short) padded);
        } else {
            header.putInt(padded);
        }
        header.put(dict);
        while (header.remaining() > 1) {
            header.put((byte) ' ');
        }
        header.put((byte) '\n');
        out.write(header.array());
        writeData(array, out);
    }

    /** The header's length with the spaces and newline that make the data start at a multiple of 64. */
    private static int paddedLength(int dictLength, int lengthBytes) {
        int unpadded = MAGIC.length + 2 + lengthBytes + dictLength + 1;
        return dictLength + 1 + ALIGNMENT - unpadded % ALIGNMENT;
    }

    /** How an element is stored: its dtype and byte order. */
    private record Element(DType dtype, ByteOrder order) {
    }

    private static Element element(String descr, String source) throws IOException {
        if (descr.length() < 2) {
            throw unsupported(descr, source);
        }
        ByteOrder order = switch (descr.charAt(0)) {
            case '<' -> ByteOrder.LITTLE_ENDIAN;
            case '>' -> ByteOrder.BIG_ENDIAN;
            case '|', '=' -> ByteOrder.nativeOrder();
            default -> null;
        };
        String type = order == null ? descr : descr.substring(1);
        if (type.equals("O")) {
            throw new IOException(source + ": the array holds Python objects, which only a pickle can restore; "
                    + "pickles are never read (as numpy.load(allow_pickle=False) refuses them too)");
        }
        DType dtype = switch (type) {
            case "f8" -> DType.FLOAT64;
            case "f4" -> DType.FLOAT32;
            case "i8" -> DType.INT64;
            case "i4" -> DType.INT32;
            case "b1", "?" -> DType.BOOL;
            default -> null;
        };
        if (order == null || dtype == null) {
            throw unsupported(descr, source);
        }
        return new Element(dtype, order);
    }

    private static IOException unsupported(String descr, String source) {
        return new IOException(source + ": dtype '" + descr + "' is not supported; NDArray holds " + SUPPORTED
                + ": convert the array with astype in NumPy first");
    }

    private static int[] shape(long[] dims, String source) throws IOException {
        int[] shape = new int[dims.length];
        long size = 1;
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] < 0) {
                throw new IOException(source + ": the shape " + tuple(dims) + " has a negative dimension");
            }
            if (dims[i] > Integer.MAX_VALUE || size != 0 && dims[i] > Integer.MAX_VALUE / size) {
                throw new IOException(source + ": the shape " + tuple(dims)
                        + " has more elements than a Java array holds (" + Integer.MAX_VALUE + ")");
            }
            shape[i] = (int) dims[i];
            size *= dims[i];
        }
        return shape;
    }

    private static String tuple(long[] dims) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < dims.length; i++) {
            text.append(i > 0 ? ", " : "").append(dims[i]);
        }
        return text.append(dims.length == 1 ? ",)" : ")").toString();
    }

    private static int[] reversed(int[] shape) {
        int[] r = new int[shape.length];
        for (int i = 0; i < shape.length; i++) {
            r[i] = shape[shape.length - 1 - i];
        }
        return r;
    }

    /** The array of {@code shape} whose element (i, j, k) is element (k, j, i) of {@code reversed}. */
    private static NDArray transposed(NDArray reversed, int[] shape) {
        NDArray out = NDArray.zeros(reversed.dtype(), shape);
        int[] strides = Shapes.strides(shape);
        int[] index = new int[shape.length];
        // Walk the stored (Fortran) order, first axis fastest, tracking the C-order offset as we go.
        int target = 0;
        for (int from = 0; from < reversed.size(); from++) {
            copy(reversed, from, out, target);
            for (int axis = 0; axis < shape.length; axis++) {
                if (++index[axis] < shape[axis]) {
                    target += strides[axis];
                    break;
                }
                target -= (shape[axis] - 1) * strides[axis];
                index[axis] = 0;
            }
        }
        return out;
    }

    private static void copy(NDArray from, int i, NDArray to, int j) {
        switch (from.dtype()) {
            case FLOAT64 -> to.doubleData()[j] = from.doubleData()[i];
            case FLOAT32 -> to.floatData()[j] = from.floatData()[i];
            case INT64 -> to.longData()[j] = from.longData()[i];
            case INT32 -> to.intData()[j] = from.intData()[i];
            case BOOL -> to.boolData()[j] = from.boolData()[i];
        }
    }

    private static Object readData(InputStream in, Element element, int size, String source) throws IOException {
        DType dtype = element.dtype;
        int width = dtype.byteSize();
        long total = (long) size * width;
        Object data = switch (dtype) {
            case FLOAT64 -> new double[size];
            case FLOAT32 -> new float[size];
            case INT64 -> new long[size];
            case INT32 -> new int[size];
            case BOOL -> new boolean[size];
        };
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES).order(element.order);
        for (int done = 0; done < size; ) {
            int count = Math.min(size - done, BUFFER_BYTES / width);
            int read = in.readNBytes(buffer.array(), 0, count * width);
            if (read < count * width) {
                throw truncated(source, (long) done * width + read, total);
            }
            buffer.clear().limit(count * width);
            switch (dtype) {
                case FLOAT64 -> buffer.asDoubleBuffer().get((double[]) data, done, count);
                case FLOAT32 -> buffer.asFloatBuffer().get((float[]) data, done, count);
                case INT64 -> buffer.asLongBuffer().get((long[]) data, done, count);
                case INT32 -> buffer.asIntBuffer().get((int[]) data, done, count);
                case BOOL -> {
                    boolean[] b = (boolean[]) data;
                    for (int k = 0; k < count; k++) {
                        b[done + k] = buffer.get(k) != 0;
                    }
                }
            }
            done += count;
        }
        return data;
    }

    private static void writeData(NDArray array, OutputStream out) throws IOException {
        int width = array.dtype().byteSize();
        int size = array.size();
        int at = array.offset();
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int done = 0; done < size; ) {
            int count = Math.min(size - done, BUFFER_BYTES / width);
            buffer.clear();
            switch (array.dtype()) {
                case FLOAT64 -> buffer.asDoubleBuffer().put(array.doubleData(), at + done, count);
                case FLOAT32 -> buffer.asFloatBuffer().put(array.floatData(), at + done, count);
                case INT64 -> buffer.asLongBuffer().put(array.longData(), at + done, count);
                case INT32 -> buffer.asIntBuffer().put(array.intData(), at + done, count);
                case BOOL -> {
                    boolean[] b = array.boolData();
                    for (int k = 0; k < count; k++) {
                        buffer.put(k, (byte) (b[at + done + k] ? 1 : 0));
                    }
                }
            }
            out.write(buffer.array(), 0, count * width);
            done += count;
        }
    }

    private static IOException truncated(String source, long present, long needed) {
        return new IOException(source + ": the file is truncated: it holds " + present + " of the " + needed
                + " data bytes its shape and dtype need");
    }

    private static byte[] readFully(InputStream in, int length, String source, String what) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new IOException(source + ": the file is truncated: it ends within " + what
                    + (bytes.length == 0 && what.startsWith("the magic") ? " (it is empty)" : ""));
        }
        return bytes;
    }
}
