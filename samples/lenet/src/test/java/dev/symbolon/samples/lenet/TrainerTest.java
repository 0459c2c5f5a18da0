package dev.symbolon.samples.lenet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.runtime.NDArray;
import org.junit.jupiter.api.Test;

/** LeNet trained on the bundled digits with the command's defaults. */
class TrainerTest {
    private static final DataSet DIGITS = Digits.load();
    private static final Trainer.Settings SETTINGS = new Trainer.Settings(3, 16, 0.3, 0.5, 42);

    private static CompiledLeNet model(long seed) {
        var model = new CompiledLeNet();
        Architecture.forImages(DIGITS.train()).initialize(model, seed);
        return model;
    }

    @Test
    void reachesNinetyFourPercentOnTheHeldOutDigitsInThreeEpochs() {
        Trainer.Result result = Trainer.train(model(42), DIGITS, SETTINGS, epoch -> { });

        // The output layer starts at zero, so every class starts equally likely.
        assertEquals(Math.log(10), result.firstCost(), 1e-12);
        assertEquals(3, result.epochs().length);
        for (int e = 1; e < 3; e++) {
            assertTrue(result.epochs()[e].trainCost() < result.epochs()[e - 1].trainCost(), "epoch " + (e + 1));
        }
        // Measured: 0.8106, 0.9415, 0.9499 after the three epochs.
        assertTrue(result.last().testAccuracy() >= 0.94, "test accuracy " + result.last().testAccuracy());
        assertTrue(result.last().testCost() < 0.25, "test cost " + result.last().testCost());
    }

    @Test
    void oneSeedGivesOneRun() {
        var settings = new Trainer.Settings(1, 16, 0.3, 0.5, 7);
        CompiledLeNet first = model(7);
        CompiledLeNet second = model(7);
        Trainer.Result a = Trainer.train(first, DIGITS, settings, epoch -> { });
        Trainer.Result b = Trainer.train(second, DIGITS, settings, epoch -> { });
        assertEquals(a.last().trainCost(), b.last().trainCost());
        assertEquals(first.w1().getValue(), second.w1().getValue());
        assertEquals(first.w4().getValue(), second.w4().getValue());
    }

    @Test
    void dropoutDrawsOnlyWhileTraining() {
        CompiledLeNet model = model(3);
        Trainer.train(model, DIGITS, new Trainer.Settings(1, 16, 0.3, 0.5, 3), epoch -> { });
        Images test = DIGITS.test();
        int[] all = new int[test.count()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        NDArray x = test.batch(all, 0, all.length);
        NDArray y = test.labels(all, 0, all.length);
        assertEquals(model.cost(x, y), model.cost(x, y));
        assertArrayEquals(model.probabilities(x).toDoubleArray(), model.probabilities(x).toDoubleArray());

        // Training's cost draws a fresh mask per call: at a learning rate of 0 the weights stay, the cost moves.
        double withMask = model.train(x, y, 0.0, 0.5);
        double withAnotherMask = model.train(x, y, 0.0, 0.5);
        assertTrue(withMask != withAnotherMask, withMask + " twice");
        // Keeping every unit is the prediction's cost.
        assertEquals(model.cost(x, y), model.train(x, y, 0.0, 0.0), 1e-12);
    }
}
