package io.whyrelu.reports.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.whyrelu.resultmodel.jmh.JmhJson;
import io.whyrelu.resultmodel.jmh.JmhResult;
import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void aSampleTimeIterationIsTheMeanOfItsHistogram() {
        JmhResult r = JmhJson.parse("t", """
                [{"jmhVersion": "1.37", "benchmark": "org.example.Latency.call", "mode": "sample", "threads": 1, "forks": 1,
                  "jvm": "java", "jdkVersion": "21", "vmName": "VM", "vmVersion": "21", "warmupIterations": 1, "measurementIterations": 2,
                  "primaryMetric": {"score": 133.3, "scoreError": "NaN", "scoreConfidence": ["NaN", "NaN"], "scoreUnit": "ns/op",
                    "rawDataHistogram": [[[[100.0, 3], [200.0, 1]], [[100.0, 2], [150.0, 2]]]]}}]
                """).get(0);
        assertArrayEquals(new double[] {(100 * 3 + 200) / 4.0, (100 * 2 + 150 * 2) / 4.0}, Samples.of(r.primary()), 1e-9);
    }
}
