package io.whyrelu.reports.summary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.reports.JmhFixtures;
import io.whyrelu.reports.run.RunLoader;
import io.whyrelu.resultmodel.json.Json;
import io.whyrelu.resultmodel.nativeyardstick.NativeResult;
import io.whyrelu.resultmodel.nativeyardstick.NativeResults;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A yardstick built without OpenBLAS measures no batch and no sgemv: the summary says so and why
 * next to the kernel table, instead of leaving a dash nobody can explain (found on a fresh Zen 4).
 */
class NativeNoteTest {

    private static final String KERNEL = "io.whyrelu.bench.jmh.KernelThroughput.kernel";

    @TempDir
    Path tmp;

    private String summary(String note) throws Exception {
        Path dir = new JmhFixtures(3).add(KERNEL, "thrpt", "ops/s", JmhFixtures.kernel("relu", "simd"), 6.0e5, 0.01, 3, 8)
                .add(KERNEL, "thrpt", "ops/s", Map.of("activation", "relu", "impl", "simd", "n", "256", "k", "256", "batch", "64", "seed", "42"),
                        2.0e4, 0.01, 3, 8)
                .write(tmp.resolve(note == null ? "full" : "noted"));
        Json.write(dir.resolve(NativeResults.FILE), new NativeResults("baseline", "baseline/baseline",
                List.of(new NativeResult(NativeResult.GEMV, "relu", 256, 256, 1, 0, 70.0, "")), "native", note));
        return SummaryText.render(ThroughputSummary.of(RunLoader.load(dir)));
    }

    @Test
    void aYardstickWithoutOpenBlasSaysWhatItLacksUnderTheKernelTable() throws Exception {
        String text = summary("OpenBLAS was not found when the yardstick was built");
        assertTrue(text.contains("Native: OpenBLAS was not found when the yardstick was built"), text);
    }

    @Test
    void aCompleteYardstickAddsNoNote() throws Exception {
        assertFalse(summary(null).contains("Native:"));
    }
}
