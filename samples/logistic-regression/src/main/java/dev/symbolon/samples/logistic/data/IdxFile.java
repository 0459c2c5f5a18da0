package dev.symbolon.samples.logistic.data;

import dev.symbolon.samples.logistic.SampleException;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * An IDX file of unsigned bytes, the format of MNIST and Fashion-MNIST: a big-endian magic number
 * {@code 0x0000 08 rank}, one big-endian 32-bit size per dimension, then the data in row-major order.
 * Reads gzip'd files (as distributed) and plain ones alike.
 */
public record IdxFile(int[] dims, byte[] data) {
    /** The IDX type code of unsigned bytes, the third byte of the magic number. */
    static final int UNSIGNED_BYTE = 0x08;

    /**
     * Reads {@code file}, which must hold unsigned bytes in {@code rank} dimensions.
     *
     * @throws SampleException naming the file and what is wrong with it
     */
    public static IdxFile read(Path file, int rank) throws SampleException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            DataInputStream in = new DataInputStream(isGzip(raw) ? new GZIPInputStream(raw) : raw);
            return read(in, file, rank);
        } catch (NoSuchFileException e) {
            throw new SampleException(file + " does not exist");
        } catch (AccessDeniedException e) {
            throw new SampleException(file + " is not readable");
        } catch (EOFException e) {
            throw new SampleException(file + " ends inside its header");
        } catch (IOException e) {
            throw new SampleException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The size of dimension {@code i}. */
    public int dim(int i) {
        return dims[i];
    }

    private static IdxFile read(DataInputStream in, Path file, int rank) throws IOException, SampleException {
        int magic = in.readInt();
        int expected = (UNSIGNED_BYTE << 8) | rank;
        if (magic != expected) {
            throw new SampleException(String.format(
                    "%s is not an IDX file of unsigned bytes in %d dimensions: magic number 0x%08X, expected 0x%08X",
                    file, rank, magic, expected));
        }
        int[] dims = new int[rank];
        long size = 1;
        for (int i = 0; i < rank; i++) {
            dims[i] = in.readInt();
            if (dims[i] <= 0) {
                throw new SampleException(file + " has size " + dims[i] + " in dimension " + i);
            }
            size *= dims[i];
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw new SampleException(file + " is too large: " + Arrays.toString(dims));
        }
        byte[] data = new byte[(int) size];
        int read = in.readNBytes(data, 0, data.length);
        if (read < data.length) {
            throw new SampleException(file + " is truncated: " + read + " of " + data.length
                    + " data bytes for sizes " + Arrays.toString(dims));
        }
        if (in.read() != -1) {
            throw new SampleException(file + " has data past the " + data.length
                    + " bytes its sizes " + Arrays.toString(dims) + " call for");
        }
        return new IdxFile(dims, data);
    }

    /** Whether the stream starts with gzip's magic bytes; leaves the stream where it was. */
    private static boolean isGzip(InputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdxFile other && Arrays.equals(dims, other.dims) && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(dims) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "IdxFile" + Arrays.toString(dims);
    }
}
