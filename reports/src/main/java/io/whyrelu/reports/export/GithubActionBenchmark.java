package io.whyrelu.reports.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.whyrelu.resultmodel.json.Json;
import java.util.List;
import java.util.Locale;

/**
 * github-action-benchmark's custom JSON (tools {@code customBiggerIsBetter} and
 * {@code customSmallerIsBetter}): an array of {@code name}, {@code unit}, {@code value}, and
 * optionally {@code range} and {@code extra}. The tool, chosen per file, says which way is better,
 * so rates and times go to separate files.
 */
public final class GithubActionBenchmark {

    private GithubActionBenchmark() {}

    /** The figures of one direction: rates when {@code biggerIsBetter}, else times. */
    public static ArrayNode of(List<ExportedFigure> figures, boolean biggerIsBetter) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (ExportedFigure f : figures) {
            if (f.higherIsBetter() == biggerIsBetter) {
                out.addObject().put("name", f.name()).put("unit", f.unit()).put("value", f.value())
                        .put("range", String.format(Locale.ROOT, "± %.4g", (f.high() - f.low()) / 2))
                        .put("extra", f.steady() ? "steady state" : "not at steady state (see the run's steady-state.json)");
            }
        }
        return out;
    }
}
