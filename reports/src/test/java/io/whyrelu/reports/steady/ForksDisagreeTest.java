package io.whyrelu.reports.steady;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.reports.JmhFixtures;
import io.whyrelu.reports.run.RunData;
import io.whyrelu.reports.summary.SummaryText;
import io.whyrelu.reports.summary.ThroughputSummary;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forks each steady, but settled at different levels (Barrett's "inconsistent"): flagged (~), not unsteady. */
class ForksDisagreeTest {

    private static final String KERNEL = "io.whyrelu.bench.jmh.KernelThroughput.kernel";
    private static final Map<String, String> SILU = Map.of("activation", "silu", "impl", "simd", "n", "256", "k", "256", "batch", "64");

    @TempDir
    Path tmp;

    @Test
    void forksAtDifferentLevelsAreFlaggedButSteady() throws Exception {
        // Measured in one default run and its reference: silu simd 256x256x64 at 1.26e6 in one fork, 0.63e6 in another.
        RunData run = new JmhFixtures(5).addForks(KERNEL, "thrpt", "ops/s", SILU, new double[] {1.26e6, 0.63e6, 1.26e6}, 0.01, 8)
                .load(tmp.resolve("modes"));
        Steadiness s = run.steadyStates().assess(run.results().get(0));
        assertTrue(s.steady(), s.problem());
        assertTrue(s.forksDisagree());
        String text = SummaryText.render(ThroughputSummary.of(run));
        assertTrue(text.contains("(~)") && text.contains("fork levels 1.26e+06, 6.30e+05, 1.26e+06"), text);
    }

    @Test
    void forksThatAgreeAreNotFlagged() throws Exception {
        RunData run = new JmhFixtures(6).addForks(KERNEL, "thrpt", "ops/s", SILU, new double[] {1.26e6, 1.25e6, 1.27e6}, 0.01, 8)
                .load(tmp.resolve("agree"));
        assertFalse(run.steadyStates().assess(run.results().get(0)).forksDisagree());
    }
}
