package io.whyrelu.reports.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.whyrelu.resultmodel.json.Json;
import java.util.List;

/**
 * Bencher Metric Format (https://bencher.dev/docs/reference/bencher-metric-format): an object
 * keyed by benchmark name, each an object keyed by measure slug with {@code value},
 * {@code lower_value} and {@code upper_value}. Rates go under Bencher's built-in
 * {@code throughput} measure (operations per second), times under {@code latency} (nanoseconds);
 * JMH's 99.9% interval gives the bounds.
 */
public final class BencherMetricFormat {

    private BencherMetricFormat() {}

    public static ObjectNode of(List<ExportedFigure> figures) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        for (ExportedFigure f : figures) {
            ObjectNode benchmark = root.has(f.name()) ? (ObjectNode) root.get(f.name()) : root.putObject(f.name());
            benchmark.putObject(f.higherIsBetter() ? "throughput" : "latency").put("value", f.value()).put("lower_value", f.low())
                    .put("upper_value", f.high());
        }
        return root;
    }
}
