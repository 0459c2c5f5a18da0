package dev.symbolon.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The jar's public types are the two that API.md's "Training on Spark" documents; the rest is package-private. */
class PublicSurfaceTest {
    @Test
    void onlyTheGradientAndTheTrainerArePublic() throws IOException, URISyntaxException {
        Path classes = Path.of(SparkTrainer.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("dev/symbolon/spark");
        List<String> publicTypes;
        try (Stream<Path> files = Files.list(classes)) {
            publicTypes = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.equals("package-info.class"))
                    .map(n -> "dev.symbolon.spark." + n.substring(0, n.length() - ".class".length()))
                    .filter(PublicSurfaceTest::isReachable)
                    .sorted()
                    .toList();
        }
        assertEquals(List.of("dev.symbolon.spark.SparkGradient", "dev.symbolon.spark.SparkTrainer"), publicTypes);
        String api = Files.readString(Path.of("../docs/API.md"));
        assertTrue(api.contains("`symbolon-spark`, `dev.symbolon.spark`: `SparkGradient`, `SparkTrainer`"));
    }

    /** Whether the class and every class around it are public. */
    private static boolean isReachable(String binaryName) {
        try {
            for (Class<?> c = Class.forName(binaryName, false, PublicSurfaceTest.class.getClassLoader()); c != null;
                    c = c.getEnclosingClass()) {
                if (!Modifier.isPublic(c.getModifiers())) {
                    return false;
                }
            }
            return true;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
