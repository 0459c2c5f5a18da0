package dev.symbolon.samples.logistic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The generated class of the model reads as code a person would write: no checks that cannot fail, no aliases. */
class GeneratedSourceTest {
    /** Where javac's processor path wrote it while compiling this module. */
    private static final Path SOURCE = Path.of("target/generated-sources/annotations/dev/symbolon/samples/logistic/"
            + "CompiledLogisticRegression.java");

    private static final Pattern SHAPE_CHECK = Pattern.compile("sameDimension\\([^;]*, (\\w+\\[\\d+\\]), (\\w+\\[\\d+\\])\\);");

    @Test
    void noShapeCheckComparesADimensionWithItselfOrTwice() throws IOException {
        String source = Files.readString(SOURCE);
        Matcher check = SHAPE_CHECK.matcher(source);
        int checks = 0;
        while (check.find()) {
            checks++;
            assertTrue(!check.group(1).equals(check.group(2)), check.group());
        }
        assertTrue(checks > 0, "the model's elementwise operations on x and y check their lengths");
    }

    @Test
    void noShapeArrayIsAnAliasOfAnother() throws IOException {
        List<String> aliases = Files.readAllLines(SOURCE).stream().map(String::strip)
                .filter(l -> l.matches("int\\[\\] \\w+ = \\w+;"))
                .toList();
        assertEquals(List.of(), aliases);
    }

    @Test
    void noStringIsConcatenatedWithTheEmptyString() throws IOException {
        assertTrue(!Files.readString(SOURCE).contains("+ \"\""));
    }
}
