package io.whyrelu.reports.compare;

import io.whyrelu.resultmodel.jmh.JmhResult;
import io.whyrelu.resultmodel.jmh.Metric;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The secondary metrics a comparison gates on besides the primary score: allocation per
 * operation ({@code -prof gc}'s gc.alloc.rate.norm) and SampleTime percentiles (p0.50 … p1.00,
 * which JMH writes as secondaries). The others (gc.count, gc.time, allocation rate per second)
 * depend on the run's length and the collector more than on the code, and are left to reports.
 */
final class GatedMetrics {

    private static final Pattern PERCENTILE = Pattern.compile("p[01]\\.\\d+");
    static final String ALLOCATION = "gc.alloc.rate.norm";

    private GatedMetrics() {}

    /** The gated secondaries of a result, by their names without JMH's leading "·". */
    static Map<String, Metric> secondaries(JmhResult r) {
        Map<String, Metric> gated = new LinkedHashMap<>();
        r.secondaries().forEach((name, metric) -> {
            String plain = plain(name);
            if (plain.equals(ALLOCATION) || PERCENTILE.matcher(plain).matches()) {
                gated.put(plain, metric);
            }
        });
        return gated;
    }

    static String plain(String name) {
        return name.startsWith("·") ? name.substring(1) : name;
    }
}
