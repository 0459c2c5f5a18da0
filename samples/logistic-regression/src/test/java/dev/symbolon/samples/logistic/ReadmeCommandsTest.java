package dev.symbolon.samples.logistic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's set-up block names this sample's command first and the test command second; these
 * checks keep it in step with the build (the shaded jar's name) and with what CI runs.
 */
class ReadmeCommandsTest {
    private static final Path ROOT = Path.of("../..");

    @Test
    void theFirstCommandBuildsAndRunsThisSamplesJar() throws IOException {
        String command = setUpCommands().get(0);
        assertTrue(command.startsWith("mvn "), command);
        assertTrue(command.contains(" package") || command.contains(" install"), command);
        String shadedJar = between(Files.readString(Path.of("pom.xml")), "<outputFile>", "</outputFile>");
        assertTrue(shadedJar.startsWith("${project.build.directory}/"), shadedJar);
        String jar = shadedJar.substring("${project.build.directory}/".length());
        assertTrue(command.endsWith("java -jar samples/logistic-regression/target/" + jar), command);
    }

    @Test
    void theSecondCommandIsWhatContinuousIntegrationRuns() throws IOException {
        String command = setUpCommands().get(1);
        List<String> ciLines = Files.readAllLines(ROOT.resolve(".ci/run"));
        assertTrue(ciLines.contains(command), "CI runs " + ciLines + ", the README says " + command);
    }

    /** The lines of the README's first shell code block. */
    private static List<String> setUpCommands() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        List<String> lines = Arrays.stream(between(readme, "```sh\n", "```").split("\n"))
                .filter(line -> !line.isBlank())
                .toList();
        assertEquals(2, lines.size(), "the set-up block has the main job's command and the test command: " + lines);
        return lines;
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertTrue(from >= 0, "no " + start);
        from += start.length();
        return text.substring(from, text.indexOf(end, from)).trim();
    }
}
