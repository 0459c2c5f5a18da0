package dev.symbolon.internal.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.symbolon.internal.executor.Executors;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's bookkeeping (state carried between steps, the agreement check, the report) on host memory. */
class GpuBenchmarkTest {
    @Test
    void benchmarkReportsEachWorkloadAndAgreesWithTheInterpreter() {
        HostExecutorProvider provider = HostExecutorProvider.explicit();
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        boolean ok;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            ok = GpuBenchmark.run(new Executors(List.of(provider)), 2, 50);
        } finally {
            System.setOut(out);
        }
        String report = captured.toString(StandardCharsets.UTF_8);
        assertTrue(ok, report);
        List<String> lines = report.lines().toList();
        assertEquals(3, lines.size(), report);
        // W1 and W3 sum in block trees on the device, so they agree to rounding, not bit for bit
        assertTrue(lines.get(0).startsWith("W1 ") && lines.get(0).contains(" ms/step; agrees with the interpreter"), report);
        assertTrue(lines.get(1).startsWith("W3 ") && lines.get(1).contains(" ms/step; agrees with the interpreter"), report);
        assertTrue(lines.get(2).startsWith("E ") && lines.get(2).endsWith(" ms/step; agrees with the interpreter bit for bit"),
                report);
        // one warm-up check, three warm-up steps, two timed steps: the vector goes to the device once
        HostDriver driver = provider.drivers.get(provider.drivers.size() - 1);
        assertEquals(6 * 2 + 1, driver.uploads.size(), "x and lr every step, v once");
    }
}
