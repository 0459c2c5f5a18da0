package dev.symbolon.internal.cuda;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** CUDA's PTX assembler, run on emitted text; tests that need it are skipped where it is not installed. */
final class Ptxas {
    private Ptxas() {
    }

    /** ptxas from the PATH, or the test is skipped with a message saying so. */
    static Path require() {
        Optional<Path> found = Optional.ofNullable(System.getenv("PATH")).stream()
                .flatMap(path -> java.util.Arrays.stream(path.split(File.pathSeparator)))
                .map(dir -> Path.of(dir, "ptxas"))
                .filter(Files::isExecutable)
                .findFirst();
        assumeTrue(found.isPresent(), "ptxas (CUDA toolkit) is not on the PATH: PTX assembly not checked");
        return found.get();
    }

    /** Assembles {@code ptx} for sm_75 and sm_90 and checks that no register spills to local memory. */
    static void assembleWithoutSpills(Path ptxas, String ptx) throws IOException, InterruptedException {
        for (String arch : new String[] {"sm_75", "sm_90"}) {
            String log = assemble(ptxas, ptx, arch);
            if (!log.contains("0 bytes spill stores")) {
                throw new AssertionError("ptxas -arch=" + arch + " spills registers:\n" + log);
            }
        }
    }

    /** Assembles {@code ptx} for {@code arch}; returns ptxas's output, or throws with it when ptxas fails. */
    static String assemble(Path ptxas, String ptx, String arch) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("ptxas");
        try {
            Path source = Files.writeString(dir.resolve("kernel.ptx"), ptx);
            Process process = new ProcessBuilder(ptxas.toString(), "-arch=" + arch, "-v",
                    "-o", dir.resolve("kernel.cubin").toString(), source.toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("ptxas did not finish in 60 s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("ptxas -arch=" + arch + " failed:\n" + output + "\n" + ptx);
            }
            return output;
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
