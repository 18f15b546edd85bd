package io.whyrelu.reports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.whyrelu.resultmodel.json.Json;
import io.whyrelu.reports.run.RunData;
import io.whyrelu.reports.run.RunLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/** Synthetic JMH JSON, shaped like JMH 1.37's output, for tests that need known numbers. */
public final class JmhFixtures {

    private final ArrayNode root = Json.MAPPER.createArrayNode();
    private final UniformRandomProvider rng;

    public JmhFixtures(long seed) {
        rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    }

    /** A result whose iterations are mean·(1 ± noise), forks × iterations of them. */
    public JmhFixtures add(String benchmark, String mode, String unit, Map<String, String> params, double mean, double noise, int forks,
            int iterations) {
        double[] forkMeans = new double[forks];
        java.util.Arrays.fill(forkMeans, mean);
        return addForks(benchmark, mode, unit, params, forkMeans, noise, iterations);
    }

    /** A result whose fork f has iterations forkMeans[f]·(1 ± noise): forks that disagree. */
    public JmhFixtures addForks(String benchmark, String mode, String unit, Map<String, String> params, double[] forkMeans, double noise,
            int iterations) {
        double[][] forks = new double[forkMeans.length][iterations];
        for (int f = 0; f < forks.length; f++) {
            for (int i = 0; i < iterations; i++) {
                forks[f][i] = forkMeans[f] * (1 + noise * (2 * rng.nextDouble() - 1));
            }
        }
        double mean = java.util.Arrays.stream(forkMeans).average().orElseThrow();
        return result(benchmark, mode, unit, params, forks, mean * noise);
    }

    /** A result with exactly these iterations, fork by fork (rawData), e.g. a fork that warms up during measurement. */
    public JmhFixtures addIterations(String benchmark, String mode, String unit, Map<String, String> params, double[]... forks) {
        return result(benchmark, mode, unit, params, forks, Double.NaN);
    }

    private JmhFixtures result(String benchmark, String mode, String unit, Map<String, String> params, double[][] forks, double error) {
        ObjectNode r = root.addObject();
        r.put("jmhVersion", "1.37").put("benchmark", benchmark).put("mode", mode).put("threads", 1).put("forks", forks.length)
                .put("jvm", "/usr/lib/jvm/java-17/bin/java").put("jdkVersion", "17.0.15").put("vmName", "OpenJDK 64-Bit Server VM")
                .put("vmVersion", "17.0.15+6").put("warmupIterations", 1).put("measurementIterations", forks[0].length);
        ObjectNode p = r.putObject("params");
        params.forEach(p::put);
        metric(r.putObject("primaryMetric"), unit, forks, error);
        r.putObject("secondaryMetrics");
        return this;
    }

    /** Adds a secondary metric with exactly these iterations to the last result, e.g. "·gc.alloc.rate.norm". */
    public JmhFixtures secondary(String name, String unit, double[]... forks) {
        metric(((ObjectNode) last().get("secondaryMetrics")).putObject(name), unit, forks, Double.NaN);
        return this;
    }

    /** Edits the last result's JSON: drop fields older JMH versions do not write, set threads or jvmArgs. */
    public JmhFixtures last(java.util.function.Consumer<ObjectNode> edit) {
        edit.accept(last());
        return this;
    }

    private ObjectNode last() {
        return (ObjectNode) root.get(root.size() - 1);
    }

    private static void metric(ObjectNode m, String unit, double[][] forks, double error) {
        ArrayNode raw = m.putArray("rawData");
        double sum = 0;
        int count = 0;
        for (double[] fork : forks) {
            ArrayNode a = raw.addArray();
            for (double v : fork) {
                a.add(v);
                sum += v;
                count++;
            }
        }
        double score = sum / count;
        m.put("score", score).put("scoreUnit", unit);
        if (Double.isNaN(error)) {
            m.put("scoreError", "NaN");
            m.putArray("scoreConfidence").add("NaN").add("NaN");
        } else {
            m.put("scoreError", error);
            m.putArray("scoreConfidence").add(score - error).add(score + error);
        }
        m.putObject("scorePercentiles").put("50.0", score);
    }

    public Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("jmh.json");
        Json.MAPPER.writeValue(file.toFile(), root);
        return dir;
    }

    public RunData load(Path dir) throws IOException {
        return RunLoader.load(write(dir));
    }

    public static Map<String, String> kernel(String activation, String impl) {
        return Map.of("activation", activation, "impl", impl, "n", "256", "k", "256", "batch", "1", "seed", "42");
    }
}
