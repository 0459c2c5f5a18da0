package dev.symbolon.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("state.npz"), "old");
        IOException failure = new IOException("disk full");
        IOException thrown = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write(new byte[100_000]);
            throw failure;
        }));
        assertEquals(failure, thrown);
        assertEquals("old", Files.readString(file));
        assertEquals(List.of(file), files());
    }

    @Test
    void aWriteThatSucceedsReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("state.npz"), "old");
        AtomicFile.write(file, out -> out.write("new".getBytes()));
        assertEquals("new", Files.readString(file));
        AtomicFile.write(dir.resolve("other.npy"), out -> out.write('x'));
        assertEquals(List.of(dir.resolve("other.npy"), file), files());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
