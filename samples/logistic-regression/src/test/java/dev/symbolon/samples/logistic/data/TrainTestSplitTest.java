package dev.symbolon.samples.logistic.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrainTestSplitTest {
    /** Ten examples whose only feature is their index. */
    private static Examples numbered() {
        double[][] x = new double[10][];
        double[] y = new double[10];
        for (int i = 0; i < 10; i++) {
            x[i] = new double[] {i};
            y[i] = i % 2;
        }
        return new Examples(x, y);
    }

    @Test
    void holdsOutTheRoundedFractionAndKeepsEveryExampleOnce() {
        TrainTestSplit split = TrainTestSplit.shuffled(numbered(), 0.25, 1);
        assertEquals(3, split.test().size());
        assertEquals(7, split.train().size());
        Set<Double> seen = new HashSet<>();
        for (Examples part : new Examples[] {split.train(), split.test()}) {
            for (int i = 0; i < part.size(); i++) {
                seen.add(part.features()[i][0]);
                assertEquals(part.features()[i][0] % 2, part.labels()[i]);
            }
        }
        assertEquals(10, seen.size());
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        assertEquals(TrainTestSplit.shuffled(numbered(), 0.2, 42), TrainTestSplit.shuffled(numbered(), 0.2, 42));
        assertNotEquals(TrainTestSplit.shuffled(numbered(), 0.2, 42), TrainTestSplit.shuffled(numbered(), 0.2, 43));
    }

    @Test
    void rejectsFractionsThatLeaveAnEmptySide() {
        assertThrows(IllegalArgumentException.class, () -> TrainTestSplit.shuffled(numbered(), 0.01, 1));
        assertThrows(IllegalArgumentException.class, () -> TrainTestSplit.shuffled(numbered(), 1.0, 1));
    }
}
