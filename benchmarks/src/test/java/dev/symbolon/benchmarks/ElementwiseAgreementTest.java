package dev.symbolon.benchmarks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.symbolon.runtime.NDArray;
import java.util.List;
import org.junit.jupiter.api.Test;

/** W3's implementations, agreeing on a reduced size; no timing. */
class ElementwiseAgreementTest {
    @Test
    void symbolonAgreesWithTheLoop() {
        assertDoesNotThrow(() -> ElementwiseAgreement.check(new CompiledElementwiseSum(), ElementwiseData.generate(3, 1000)));
    }

    @Test
    void theRunTimeFunctionAgreesWithTheLoopAndItsCompiledTwinExactly() {
        ElementwiseData data = ElementwiseData.generate(3, 1000);
        assertDoesNotThrow(() -> ElementwiseAgreement.check(ElementwiseRuntime.sumAndSlope(), data));
        NDArray x = NDArray.wrap(data.x(), 1000);
        NDArray y = NDArray.wrap(data.y(), 1000);
        CompiledElementwiseSum.SumAndSlope compiled = new CompiledElementwiseSum().sumAndSlope(x, y);
        List<NDArray> runtime = ElementwiseRuntime.sumAndSlope().call(x, y);
        assertEquals(compiled.s(), runtime.get(0).getDouble());
        assertEquals(compiled.dx(), runtime.get(1));
    }

    @Test
    void theLoopsGradientIsTheSlopeOfItsSum() {
        double[] x = {-2.5, -0.3, 0.4, 3.0};
        double[] y = {0.7, -1.2, 0.1, 2.0};
        double[] dx = ElementwiseLoops.sumAndSlope(x, y).dx();
        double h = 1e-6;
        for (int i = 0; i < x.length; i++) {
            double[] up = x.clone();
            double[] down = x.clone();
            up[i] += h;
            down[i] -= h;
            double slope = (ElementwiseLoops.sumAndSlope(up, y).s() - ElementwiseLoops.sumAndSlope(down, y).s()) / (2 * h);
            assertEquals(slope, dx[i], 1e-8, "element " + i);
        }
    }
}
