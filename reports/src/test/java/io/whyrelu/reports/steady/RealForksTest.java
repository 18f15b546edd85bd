package io.whyrelu.reports.steady;

import io.whyrelu.resultmodel.steady.ForkClass;
import io.whyrelu.resultmodel.steady.ForkClassification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.whyrelu.resultmodel.jmh.JmhJson;
import io.whyrelu.resultmodel.jmh.JmhResult;
import io.whyrelu.reports.stats.Samples;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real JMH results (JMH 1.37 JSON as written by JMH, trimmed to one result each; how they were
 * made is in resources/jmh/real/README.md): ActivationThroughput sigmoid simd measured with no
 * warm-up at all, measured after whyrelu's warm-up, and slowed down mid-measurement by a busy
 * loop on the same core.
 */
class RealForksTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"warmup.json, WARMUP", "flat.json, FLAT", "slowdown.json, SLOWDOWN"})
    void classifiesRealForks(String file, ForkClass expected) throws Exception {
        List<JmhResult> results = JmhJson.read(Path.of(RealForksTest.class.getResource("/jmh/real/" + file).toURI()));
        JmhResult r = results.get(0);
        double[] fork = Samples.byFork(r.primary())[0];
        ForkClassification c = ForkClassifier.withDefaults().classify(fork, r.primary().higherIsBetter());
        assertEquals(expected, c.kind(), file + ": " + java.util.Arrays.toString(fork) + " -> " + c);
    }
}
