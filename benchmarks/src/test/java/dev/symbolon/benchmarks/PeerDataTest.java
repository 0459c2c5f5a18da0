package dev.symbolon.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerDataTest {
    @TempDir
    Path dir;

    @Test
    void readsLittleEndianDoublesRowMajor() throws IOException {
        write("w3_x", 1.5, -2.0, Double.MIN_VALUE);
        assertArrayEquals(new double[] {1.5, -2.0, Double.MIN_VALUE}, PeerData.read(dir, "w3_x", 3));
    }

    @Test
    void aFileOfTheWrongLengthNamesItselfAndBothLengths() throws IOException {
        write("w1_y", 1, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PeerData.read(dir, "w1_y", 400));
        assertTrue(e.getMessage().contains("w1_y.bin holds 2 doubles where the workload needs 400"), e.getMessage());
    }

    @Test
    void theLogisticDataComesFromTheFilesOfItsTag() throws IOException {
        write("w1_X", 1, 2, 3, 4, 5, 6);
        write("w1_y", 0, 1);
        write("w1_w0", 0.5, 0.25, 0.125);
        LogisticData data = LogisticData.read(dir, PeerValues.logisticTag(400), 2, 3);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, data.x());
        assertArrayEquals(new double[] {0, 1}, data.y());
        assertEquals(3, data.features());
    }

    @Test
    void onlyW1AndW2HaveLogisticData() {
        assertEquals("w2", PeerValues.logisticTag(20000));
        assertThrows(IllegalArgumentException.class, () -> PeerValues.logisticTag(500));
    }

    private void write(String name, double... values) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asDoubleBuffer().put(values);
        Files.write(dir.resolve(name + ".bin"), bytes.array());
    }
}
