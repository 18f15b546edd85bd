package io.whyrelu.resultmodel.jmh;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.whyrelu.resultmodel.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JMH's JSON result format, from any JMH project and version: unknown params and modes
 * pass through, "NaN"/"+INF"/"-INF" strings and bare non-finite numbers become doubles,
 * SampleTime histograms are kept. What is not JMH's format is rejected with a message that says
 * what was expected, never a stack trace.
 */
public final class JmhJson {

    private JmhJson() {}

    /** @throws InvalidResultsException if the file is missing, truncated, not JSON, or not JMH's */
    public static List<JmhResult> read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidResultsException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidResultsException(file + ": cannot read (" + e.getMessage() + ")");
        }
        return parse(file.toString(), text);
    }

    public static List<JmhResult> parse(String source, String text) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            String why = e.getOriginalMessage().replaceAll("\\s*\\(start marker.*", "").replaceAll("\\s*\\n.*", "");
            throw new InvalidResultsException(source + ": not valid JSON, truncated or malformed (" + why + " at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
        }
        if (root == null || !root.isArray()) {
            throw new InvalidResultsException(source + ": not a JMH result file (expected a JSON array of benchmark results)");
        }
        List<JmhResult> results = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root) {
            results.add(result(source + "[" + index++ + "]", node));
        }
        return results;
    }

    private static JmhResult result(String where, JsonNode node) {
        if (!node.isObject() || !node.hasNonNull("benchmark") || !node.hasNonNull("mode") || !node.has("primaryMetric")) {
            throw new InvalidResultsException(where + ": not a JMH benchmark result (needs benchmark, mode and primaryMetric)");
        }
        Map<String, String> params = new LinkedHashMap<>();
        node.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        Map<String, Metric> secondaries = new LinkedHashMap<>();
        node.path("secondaryMetrics").fields().forEachRemaining(e -> secondaries.put(e.getKey(), metric(where, e.getValue())));
        return new JmhResult(node.get("benchmark").asText(), node.get("mode").asText(), node.path("threads").asInt(1),
                node.path("forks").asInt(0), node.path("jvm").asText(""), jvmArgs(node), node.path("jdkVersion").asText(""),
                node.path("vmName").asText(""), node.path("vmVersion").asText(""), node.path("jmhVersion").asText(""),
                node.path("warmupIterations").asInt(0), node.path("measurementIterations").asInt(0), params,
                metric(where, node.get("primaryMetric")), secondaries);
    }

    private static List<String> jvmArgs(JsonNode node) {
        List<String> args = new ArrayList<>();
        node.path("jvmArgs").forEach(a -> args.add(a.asText()));
        return List.copyOf(args);
    }

    private static Metric metric(String where, JsonNode m) {
        if (!m.isObject() || !m.has("score") || !m.has("scoreUnit")) {
            throw new InvalidResultsException(where + ": metric without score or scoreUnit");
        }
        Map<String, Double> percentiles = new LinkedHashMap<>();
        m.path("scorePercentiles").fields().forEachRemaining(e -> percentiles.put(e.getKey(), number(e.getValue())));
        List<List<Double>> raw = new ArrayList<>();
        for (JsonNode fork : m.path("rawData")) {
            List<Double> iterations = new ArrayList<>();
            fork.forEach(v -> iterations.add(number(v)));
            raw.add(iterations);
        }
        List<List<List<double[]>>> histograms = new ArrayList<>();
        for (JsonNode fork : m.path("rawDataHistogram")) {
            List<List<double[]>> iterations = new ArrayList<>();
            for (JsonNode iteration : fork) {
                List<double[]> pairs = new ArrayList<>();
                iteration.forEach(pair -> pairs.add(new double[] {number(pair.path(0)), number(pair.path(1))}));
                iterations.add(pairs);
            }
            histograms.add(iterations);
        }
        JsonNode confidence = m.path("scoreConfidence");
        double[] interval = confidence.isArray() && confidence.size() == 2
                ? new double[] {number(confidence.get(0)), number(confidence.get(1))}
                : new double[] {Double.NaN, Double.NaN};
        return new Metric(number(m.get("score")), number(m.path("scoreError")), interval, percentiles,
                m.get("scoreUnit").asText(), raw, histograms);
    }

    /** JMH writes non-finite doubles as strings ("NaN", "+INF", "-INF"); old versions as bare tokens. */
    static double number(JsonNode v) {
        if (v == null || v.isMissingNode() || v.isNull()) {
            return Double.NaN;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        String s = v.asText().trim();
        switch (s) {
            case "NaN": return Double.NaN;
            case "+INF": case "INF": case "Infinity": case "+Infinity": return Double.POSITIVE_INFINITY;
            case "-INF": case "-Infinity": return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    return Double.NaN;
                }
        }
    }
}
