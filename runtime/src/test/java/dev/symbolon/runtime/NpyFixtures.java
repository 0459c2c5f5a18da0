package dev.symbolon.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The files of src/test/resources/npy (written by NumPy with make_fixtures.py there) and hand-made headers. */
final class NpyFixtures {
    private NpyFixtures() {
    }

    static Path fixture(String name) {
        try {
            return Path.of(NpyFixtures.class.getResource("/npy/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A version 1.0 .npy file with this header dict, then {@code data}: for files NumPy would not write. */
    static byte[] npy(String dict, byte[] data) throws IOException {
        byte[] header = (dict + "\n").getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        out.write(ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) header.length).array());
        out.write(header);
        out.write(data);
        return out.toByteArray();
    }
}
