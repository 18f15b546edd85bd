package io.whyrelu.resultmodel.steady;

import java.util.List;
import java.util.Map;

/**
 * steady-state.json, beside jmh.json in a run directory: each benchmark result's forks, how their
 * warm-up went and how their measured iterations were classified (docs/results.md).
 *
 * @param tolerance the classifier's level tolerance
 */
public record SteadyStateDocument(String schema, WarmupSettings warmup, double tolerance, List<Entry> benchmarks) {

    public static final String FILE = "steady-state.json";
    public static final String SCHEMA = "whyrelu-steady-state/1";

    /** One benchmark × mode × params × JVM, matching one record of jmh.json; forksDisagree as in Steadiness. */
    public record Entry(String benchmark, String mode, Map<String, String> params, String jvm, boolean steady, String problem,
            boolean forksDisagree, List<ForkSteadiness> forks) {}
}
