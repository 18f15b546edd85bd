package io.whyrelu.reports.html;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** The history trend chart's option, for the history module (the chart builders are package-private). */
public final class TrendCharts {

    private TrendCharts() {}

    public static ObjectNode trend(String yName, List<String> labels, Map<String, double[]> series, Map<String, List<Integer>> changePoints) {
        return Charts.trend(yName, labels, series, changePoints);
    }
}
