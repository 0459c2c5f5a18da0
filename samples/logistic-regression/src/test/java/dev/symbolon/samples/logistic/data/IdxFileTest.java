package dev.symbolon.samples.logistic.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.samples.logistic.SampleException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxFileTest {
    private static final byte[] SIX = {0, 1, 2, 3, (byte) 200, (byte) 255};

    @TempDir
    Path dir;

    @Test
    void readsAGzippedFile() throws Exception {
        Path file = IdxFiles.writeGzip(dir.resolve("a.gz"), IdxFiles.idx(new int[] {1, 2, 3}, SIX));
        IdxFile idx = IdxFile.read(file, 3);
        assertArrayEquals(new int[] {1, 2, 3}, idx.dims());
        assertArrayEquals(SIX, idx.data());
    }

    @Test
    void readsAnUnpackedFile() throws Exception {
        Path file = Files.write(dir.resolve("a"), IdxFiles.idx(new int[] {6}, SIX));
        assertEquals(6, IdxFile.read(file, 1).dim(0));
    }

    @Test
    void rejectsAnotherRankOrType() throws Exception {
        Path labels = IdxFiles.writeGzip(dir.resolve("labels.gz"), IdxFiles.idx(new int[] {6}, SIX));
        assertMessage(labels, 3, "is not an IDX file of unsigned bytes in 3 dimensions: magic number 0x00000801, expected 0x00000803");
        Path floats = IdxFiles.writeGzip(dir.resolve("floats.gz"), IdxFiles.idx(0x0D01, new int[] {6}, SIX));
        assertMessage(floats, 1, "magic number 0x00000D01, expected 0x00000801");
    }

    @Test
    void rejectsTruncatedAndOverlongData() throws Exception {
        Path shortFile = IdxFiles.writeGzip(dir.resolve("short.gz"), IdxFiles.idx(new int[] {7}, SIX));
        assertMessage(shortFile, 1, "is truncated: 6 of 7 data bytes for sizes [7]");
        Path longFile = IdxFiles.writeGzip(dir.resolve("long.gz"), IdxFiles.idx(new int[] {5}, SIX));
        assertMessage(longFile, 1, "has data past the 5 bytes its sizes [5] call for");
        Path header = IdxFiles.writeGzip(dir.resolve("header.gz"), new byte[] {0, 0, 8});
        assertMessage(header, 1, "ends inside its header");
    }

    @Test
    void rejectsANonPositiveSize() throws Exception {
        Path file = IdxFiles.writeGzip(dir.resolve("zero.gz"), IdxFiles.idx(new int[] {0, 2}, new byte[0]));
        assertMessage(file, 2, "has size 0 in dimension 0");
    }

    @Test
    void reportsAMissingFileAndBrokenGzip() throws Exception {
        assertMessage(dir.resolve("none.gz"), 1, "does not exist");
        Path broken = Files.write(dir.resolve("broken.gz"), new byte[] {0x1f, (byte) 0x8b, 1, 2, 3});
        assertMessage(broken, 1, "cannot read");
    }

    private static void assertMessage(Path file, int rank, String expected) {
        SampleException e = assertThrows(SampleException.class, () -> IdxFile.read(file, rank));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }
}
