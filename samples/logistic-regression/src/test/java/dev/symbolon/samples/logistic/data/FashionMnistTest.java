package dev.symbolon.samples.logistic.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.samples.logistic.SampleException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FashionMnistTest {
    @TempDir
    Path dir;

    @Test
    void readsPixelsAsFeaturesAndOneClassAsPositive() throws Exception {
        IdxFiles.writeFashionMnist(dir, 2, 3, new byte[] {1, 7, 9, 7}, new byte[] {7, 0});
        Problem problem = FashionMnist.load(dir, 7);
        assertEquals(4, problem.train().size());
        assertEquals(2, problem.test().size());
        assertEquals(6, problem.train().featureCount());
        assertArrayEquals(new double[] {9, 9, 9, 9, 9, 9}, problem.train().features()[2], 0);
        assertArrayEquals(new double[] {0, 1, 0, 1}, problem.train().labels(), 0);
        assertArrayEquals(new double[] {1, 0}, problem.test().labels(), 0);
        assertEquals("Sneaker", problem.positiveClass());
        assertEquals("other", problem.negativeClass());
    }

    @Test
    void readsUnpackedFilesToo() throws Exception {
        IdxFiles.writeFashionMnist(dir, 1, 1, new byte[] {0, 1}, new byte[] {1});
        Path gz = dir.resolve("t10k-labels-idx1-ubyte.gz");
        Files.write(dir.resolve("t10k-labels-idx1-ubyte"), IdxFiles.idx(new int[] {1}, new byte[] {0}));
        Files.delete(gz);
        assertArrayEquals(new double[] {1}, FashionMnist.load(dir, 0).test().labels(), 0);
    }

    @Test
    void rejectsLabelsThatDoNotMatchTheImages() throws Exception {
        IdxFiles.writeFashionMnist(dir, 2, 2, new byte[] {1, 2, 3}, new byte[] {1});
        IdxFiles.writeGzip(dir.resolve("train-labels-idx1-ubyte.gz"), IdxFiles.idx(new int[] {2}, new byte[] {1, 2}));
        assertMessage("holds 3 images but");
    }

    @Test
    void rejectsALabelOutsideTheTenClasses() throws Exception {
        IdxFiles.writeFashionMnist(dir, 1, 1, new byte[] {1, 10}, new byte[] {1});
        assertMessage("label 10 of image 1 is not a class 0 to 9");
    }

    @Test
    void rejectsTestImagesOfAnotherSize() throws Exception {
        IdxFiles.writeFashionMnist(dir, 2, 2, new byte[] {1}, new byte[] {1});
        IdxFiles.writeGzip(dir.resolve("t10k-images-idx3-ubyte.gz"), IdxFiles.idx(new int[] {1, 1, 1}, new byte[] {0}));
        assertMessage("the training images in " + dir + " have 4 pixels, the test images 1");
    }

    @Test
    void namesTheMissingFileOrFolder() throws Exception {
        assertMessage("train-images-idx3-ubyte.gz does not exist");
        Path none = dir.resolve("none");
        SampleException e = assertThrows(SampleException.class, () -> FashionMnist.load(none, 0));
        assertEquals(none + " is not a folder", e.getMessage());
    }

    private void assertMessage(String expected) {
        SampleException e = assertThrows(SampleException.class, () -> FashionMnist.load(dir, 0));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void pixelsAreNamedByRowAndColumn() {
        assertEquals(List.of("pixel_0_0", "pixel_0_1", "pixel_0_2", "pixel_1_0", "pixel_1_1", "pixel_1_2"),
                FashionMnist.pixelNames(6, 3));
    }
}
