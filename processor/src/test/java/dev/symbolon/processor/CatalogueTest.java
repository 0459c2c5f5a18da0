package dev.symbolon.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.symbolon.internal.ir.CatalogueEntry;
import dev.symbolon.internal.ir.GraphError;
import dev.symbolon.processor.diagnostics.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The two catalogues together, the processor's ({@link Message}) and the core's ({@link GraphError}):
 * ids unique and without gaps except the retired ones, and every error raised somewhere and tested.
 */
class CatalogueTest {
    /** Ids no error may take again: SYM027 passed graph errors through as prose. */
    private static final Set<Integer> RETIRED = Set.of(27);

    private static List<Enum<? extends CatalogueEntry>> entries() {
        List<Enum<? extends CatalogueEntry>> all = new ArrayList<>(List.of(Message.values()));
        all.addAll(List.of(GraphError.values()));
        return all;
    }

    private static String reference(Enum<?> entry) {
        return entry.getDeclaringClass().getSimpleName() + "." + entry.name();
    }

    @Test
    void idsAreUniqueAcrossBothCatalogues() {
        Set<String> seen = new TreeSet<>();
        for (Enum<? extends CatalogueEntry> entry : entries()) {
            String id = ((CatalogueEntry) entry).id();
            assertWithMessage(reference(entry) + " takes " + id + ", which another error has").that(seen.add(id))
                    .isTrue();
        }
    }

    @Test
    void idsRunFromOneWithoutGapsButTheRetiredOnes() {
        Set<Integer> numbers = new TreeSet<>();
        for (Enum<? extends CatalogueEntry> entry : entries()) {
            String id = ((CatalogueEntry) entry).id();
            assertThat(id).matches("SYM\\d{3}");
            numbers.add(Integer.parseInt(id.substring(3)));
        }
        assertThat(numbers).containsNoneIn(RETIRED);
        Set<Integer> expected = new TreeSet<>();
        int last = ((TreeSet<Integer>) numbers).last();
        for (int n = 1; n <= last; n++) {
            if (!RETIRED.contains(n)) {
                expected.add(n);
            }
        }
        assertThat(numbers).isEqualTo(expected);
    }

    @Test
    void everyErrorIsRaisedByTheCode() throws IOException {
        String code = sources(Path.of("src/main/java"), Path.of("../runtime/src/main/java"));
        assertThat(notNamedIn(code)).isEmpty();
    }

    @Test
    void everyErrorHasATest() throws IOException {
        String tests = sources(Path.of("src/test/java"), Path.of("../runtime/src/test/java"));
        assertThat(notNamedIn(tests)).isEmpty();
    }

    /** The entries that {@code text} never names as {@code Message.NAME} or {@code GraphError.NAME}. */
    private static List<String> notNamedIn(String text) {
        List<String> missing = new ArrayList<>();
        for (Enum<? extends CatalogueEntry> entry : entries()) {
            if (!Pattern.compile("\\b" + Pattern.quote(reference(entry)) + "\\b").matcher(text).find()) {
                missing.add(reference(entry));
            }
        }
        return missing;
    }

    /** The Java files under {@code roots}, without the catalogues themselves and this test. */
    private static String sources(Path... roots) throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
                    String name = file.getFileName().toString();
                    if (!name.equals("Message.java") && !name.equals("GraphError.java")
                            && !name.equals("CatalogueTest.java")) {
                        all.append(Files.readString(file));
                    }
                }
            }
        }
        return all.toString();
    }
}
