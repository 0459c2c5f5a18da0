package dev.symbolon.samples.tutorial;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;

/** Runs the tutorial's programs and prints what Theano's tutorial prints for them. */
public final class TutorialMain {
    private TutorialMain() {}

    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        var f = new CompiledBasics();
        out.println("difference(30.5, 10.5) = " + f.difference(30.5, 10.5));
        out.println("logistic(0) = " + f.logistic(0));
        out.println("logistic(1) = " + f.logistic(1));
        out.println("logistic(-10) = " + f.logistic(-10));
        var slope = f.logisticWithSlope(3);
        out.println("logisticWithSlope(3): value = " + slope.value() + ", slope = " + slope.slope());
        double[][] sum = f.add(new double[][] {{1, 2}, {3, 4}}, new double[][] {{5, 6}, {7, 8}}).toDoubleMatrix();
        out.println("add([[1, 2], [3, 4]], [[5, 6], [7, 8]]) = " + Arrays.deepToString(sum));
        out.println("dotProduct([1, 2, 3], [4, 5, 6]) = " + f.dotProduct(new double[] {1, 2, 3}, new double[] {4, 5, 6}));

        var acc = new CompiledAccumulator();
        out.println("state = " + acc.state().intValue());
        out.println("accumulate(1) = " + acc.accumulate(1) + ", state = " + acc.state().intValue());
        out.println("accumulate(300) = " + acc.accumulate(300) + ", state = " + acc.state().intValue());

        var digits = DigitsTraining.run(Digits.load());
        out.println(String.format(Locale.ROOT, "softmax regression on digits, %d steps: cost %.4f, then %.4f;"
                + " held-out accuracy %.3f", DigitsTraining.STEPS, digits.firstCost(), digits.lastCost(),
                digits.testAccuracy()));
    }
}
