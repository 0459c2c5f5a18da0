package dev.symbolon.internal.picture;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Graphviz's {@code dot}, where it is on the {@code PATH}: it lays graphs out better than {@link LayeredLayout}. */
final class Graphviz {
    private static final long TIMEOUT_SECONDS = 60;

    private Graphviz() {}

    /** The {@code dot} executable on the {@code PATH}, if any. */
    static Optional<Path> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "dot.exe" : "dot";
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * {@code dot -Tsvg} of {@code dotText}, or empty where {@code dot} fails (exits with an error or
     * takes more than a minute), so that the caller can draw the graph itself.
     */
    static Optional<String> svg(Path dot, String dotText) {
        Process process;
        try {
            process = new ProcessBuilder(dot.toString(), "-Tsvg").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return Optional.empty();
        }
        // Read while writing: dot may start writing before it has read everything.
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        try (OutputStream in = process.getOutputStream()) {
            in.write(dotText.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            process.destroy();
            return Optional.empty();
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            byte[] svg = output.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return process.exitValue() == 0 ? Optional.of(new String(svg, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return Optional.empty();
        } catch (Exception e) {
            process.destroyForcibly();
            return Optional.empty();
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
