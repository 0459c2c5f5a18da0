package dev.symbolon.runtime;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that it is either the old file or the whole new one, never part of it: the bytes
 * go to a temporary file in the same folder, are forced to the disk, and the temporary file is then
 * moved over the target in one atomic rename.
 */
final class AtomicFile {
    /** What writes the file's content. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    static void write(Path target, Content content) throws IOException {
        Path temporary = createTemporary(target);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /** A new, hidden file beside {@code target}, created with the permissions a plain new file gets. */
    private static Path createTemporary(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        String name = "." + target.getFileName() + ".";
        while (true) {
            try {
                return Files.createFile(folder.resolve(name + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp"));
            } catch (FileAlreadyExistsException taken) {
                // another writer drew the same name: draw again
            }
        }
    }
}
