package io.whyrelu.reports.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.whyrelu.reports.html.ReportModel;
import io.whyrelu.reports.run.RunData;
import io.whyrelu.reports.run.RunLoader;
import io.whyrelu.reports.view.Cell;
import io.whyrelu.reports.view.Table;
import io.whyrelu.resultmodel.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two machines, one half as fast in everything (its kernels and its FMA peak): GFLOP/s differ 2×,
 * the share of each machine's own peak does not. That is how a reader tells a slower machine from
 * a slower kernel.
 */
class CrossMachineTest {

    @TempDir
    Path tmp;

    private RunData halfSpeedMachine(Path from) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("avx2-box"));
        ArrayNode jmh = (ArrayNode) Json.MAPPER.readTree(from.resolve("jmh.json").toFile());
        for (JsonNode r : jmh) {
            ObjectNode m = (ObjectNode) r.path("primaryMetric");
            m.put("score", m.path("score").asDouble() / 2);
            // Throughput results carry rawData; SampleTime results a histogram, which this table does not read.
            for (JsonNode fork : m.path("rawData")) {
                ArrayNode it = (ArrayNode) fork;
                for (int i = 0; i < it.size(); i++) {
                    it.set(i, Json.MAPPER.getNodeFactory().numberNode(it.get(i).asDouble() / 2));
                }
            }
        }
        Json.write(dir.resolve("jmh.json"), jmh);
        ObjectNode manifest = (ObjectNode) Json.MAPPER.readTree(from.resolve("manifest.json").toFile());
        ((ObjectNode) manifest.path("host")).put("cpuModel", "AMD EPYC 7B13").putArray("cpuFlags").add("avx2").add("fma");
        Json.write(dir.resolve("manifest.json"), manifest);
        return RunLoader.load(dir);
    }

    @Test
    void theShareOfEachMachinesPeakSeparatesMachineFromKernel() throws Exception {
        Path a = Path.of(CrossMachineTest.class.getResource("/runs/smoke-a").toURI());
        Table t = new ReportModel(List.of(RunLoader.load(a), halfSpeedMachine(a)), Optional.empty()).percentOfPeakTable();
        assertEquals(5, t.columns().size(), t.columns().toString());
        assertTrue(t.columns().get(3).name().endsWith("AVX-512)") && t.columns().get(4).name().endsWith("AVX2)"), t.columns().toString());
        assertEquals(12, t.rows().size(), "3 activations × 2 shapes × 2 implementations");
        for (List<Cell> row : t.rows()) {
            double first = Double.parseDouble(row.get(3).text().replace("%", ""));
            double second = Double.parseDouble(row.get(4).text().replace("%", ""));
            assertEquals(first, second, 0.11, "half the speed on half the peak is the same share: " + row);
        }
    }
}
