package dev.symbolon.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The pom that the README gives users to copy is the one the outside-project integration test
 * builds, so that what the README promises is what the build shows to work.
 */
class ReadmePomTest {
    private static final String SECTION = "## Use it in your build";

    @Test
    void readmePomIsTheOutsideProjectsPom() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int section = readme.indexOf("\n" + SECTION + "\n");
        assertTrue(section >= 0, "README has no section '" + SECTION + "'");
        int start = readme.indexOf("```xml\n", section);
        assertTrue(start >= 0, "the section '" + SECTION + "' has no xml block");
        start += "```xml\n".length();
        String block = readme.substring(start, readme.indexOf("```", start));
        String version = System.getProperty("symbolon.version");
        String pom = Files.readString(Path.of("src/it/outside-project/pom.xml")).replace("@project.version@", version);
        assertEquals(pom, block);
    }
}
