package dev.symbolon.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * NumPy's {@code .npz} archives: a zip with one {@code <name>.npy} entry per array. Reads entries
 * stored ({@code numpy.savez}) or deflated ({@code numpy.savez_compressed}), ZIP64 included, in the
 * archive's order; writes them stored, as {@code numpy.savez} does.
 */
final class Npz {
    private static final String SUFFIX = ".npy";

    private Npz() {
    }

    /**
     * The arrays of {@code file} by name, in the archive's order.
     *
     * @throws IOException naming the file (and the entry) if it is not a zip, an entry is not a
     *         {@code .npy} file, or an entry cannot be read as {@link Npy#read} says
     */
    static Map<String, NDArray> read(Path file) throws IOException {
        Map<String, NDArray> arrays = new LinkedHashMap<>();
        try (ZipFile zip = open(file)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!name.endsWith(SUFFIX)) {
                    throw new IOException(file + ": entry '" + name + "' is not an .npy file; an .npz archive holds "
                            + "only <name>.npy entries");
                }
                String key = name.substring(0, name.length() - SUFFIX.length());
                String source = file + " (entry '" + name + "')";
                try (InputStream in = zip.getInputStream(entry)) {
                    if (arrays.put(key, Npy.read(in, source, entry.getSize())) != null) {
                        throw new IOException(file + ": entry '" + name + "' appears twice");
                    }
                } catch (ZipException e) {
                    throw new IOException(source + ": the entry is damaged: " + e.getMessage(), e);
                }
            }
        }
        return arrays;
    }

    private static ZipFile open(Path file) throws IOException {
        try {
            return new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new IOException(file + ": not an .npz file: it cannot be read as a zip archive (" + e.getMessage()
                    + "); truncated, or another kind of file", e);
        }
    }

    /** Writes each array as a stored {@code <name>.npy} entry, in the map's order. */
    static void write(Map<String, NDArray> arrays, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Map.Entry<String, NDArray> e : arrays.entrySet()) {
            // A stored entry must announce its size and checksum before its bytes: a first pass over
            // the array computes them without keeping the bytes.
            Checksum checksum = new Checksum();
            Npy.write(e.getValue(), checksum);
            ZipEntry entry = new ZipEntry(e.getKey() + SUFFIX);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(checksum.length);
            entry.setCompressedSize(checksum.length);
            entry.setCrc(checksum.crc.getValue());
            zip.putNextEntry(entry);
            Npy.write(e.getValue(), zip);
            zip.closeEntry();
        }
        zip.finish();
    }

    /** A sink that keeps only the length and CRC-32 of what is written to it. */
    private static final class Checksum extends OutputStream {
        final CRC32 crc = new CRC32();
        long length;

        @Override
        public void write(int b) {
            crc.update(b);
            length++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            crc.update(b, off, len);
            length += len;
        }
    }
}
