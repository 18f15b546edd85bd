package io.whyrelu.reports.compare;


import static org.junit.jupiter.api.Assertions.assertEquals;

import io.whyrelu.reports.JmhFixtures;
import io.whyrelu.reports.run.RunData;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatedMetricsTest {

    private static final String BENCH = "org.example.Cache.get";

    @TempDir
    Path tmp;

    private RunData run(String name, long seed, double allocation, double p99) throws Exception {
        double[][] alloc = {{allocation, allocation, allocation}, {allocation, allocation, allocation}, {allocation, allocation, allocation}};
        double[][] tail = {{p99, p99 * 1.01, p99 * 0.99}, {p99 * 1.005, p99, p99 * 0.995}, {p99 * 0.998, p99 * 1.003, p99}};
        return new JmhFixtures(seed).add(BENCH, "sample", "us/op", Map.of("keys", "1000"), 10, 0.01, 3, 3)
                .secondary("·gc.alloc.rate.norm", "B/op", alloc).secondary("·p0.99", "us/op", tail)
                .secondary("·gc.count", "counts", new double[][] {{1, 9, 3}, {2, 8, 1}, {4, 4, 4}}).load(tmp.resolve(name));
    }

    private static Map<String, Change> verdicts(Comparison c) {
        Map<String, Change> v = new java.util.HashMap<>();
        c.rows().forEach(r -> v.put(r.key().metric(), r.verdict()));
        return v;
    }

    @Test
    void allocationAndPercentilesAreRowsOfTheirOwnAndOtherSecondariesAreNot() throws Exception {
        Comparison c = Comparisons.compare(run("a", 1, 3.5, 40), run("b", 2, 4.5, 40), GateSettings.defaults());
        assertEquals(Map.of("", Change.UNCHANGED, "gc.alloc.rate.norm", Change.UNCHANGED, "p0.99", Change.UNCHANGED), verdicts(c));
    }

    @Test
    void aNewAllocationPerOperationIsARegression() throws Exception {
        Comparison c = Comparisons.compare(run("a", 1, 0, 40), run("b", 2, 48, 40), GateSettings.defaults());
        assertEquals(Change.REGRESSED, verdicts(c).get("gc.alloc.rate.norm"));
        assertEquals(Change.UNCHANGED, verdicts(c).get(""));
    }

    @Test
    void aWorseTailIsARegressionEvenWhenTheMeanHolds() throws Exception {
        Comparison c = Comparisons.compare(run("a", 1, 0, 40), run("b", 2, 0, 80), GateSettings.defaults());
        assertEquals(Change.REGRESSED, verdicts(c).get("p0.99"));
        assertEquals(Change.UNCHANGED, verdicts(c).get(""));
    }
}
