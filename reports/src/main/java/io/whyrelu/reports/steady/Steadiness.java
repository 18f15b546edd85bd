package io.whyrelu.reports.steady;

import io.whyrelu.resultmodel.steady.ForkSteadiness;

import java.util.List;

/**
 * Every fork of one benchmark result, and whether its figure is a steady-state figure.
 *
 * @param forksDisagree whether the forks settled at different levels (Barrett et al.'s
 *                      "inconsistent"): each fork may be steady, yet C2's decisions or the heap
 *                      differed between them, and the figure is a mean of levels no single fork
 *                      showed (io.whyrelu.reports.stats.ForkEffect decides; needs two forks or more)
 * @param forkLevels    each fork's last level (the mean of its last segment)
 */
public record Steadiness(List<ForkSteadiness> forks, boolean forksDisagree, List<Double> forkLevels) {

    public boolean steady() {
        return forks.stream().allMatch(ForkSteadiness::steady);
    }

    /**
     * A short label: "steady", or the first problem's kind ("warm-up", "slowdown", "no steady state",
     * "JIT in measurement", "warm-up capped").
     */
    public String label() {
        for (ForkSteadiness f : forks) {
            if (!f.classification().kind().steady()) {
                return f.classification().kind().label();
            }
        }
        for (ForkSteadiness f : forks) {
            if (!f.compiledInMeasurement().isEmpty()) {
                return "JIT in measurement";
            }
        }
        return steady() ? "steady" : "warm-up capped";
    }

    /** "fork levels 1.26e+06, 6.30e+05", for the forks-disagree listings. */
    public String levelsText() {
        return "fork levels " + forkLevels.stream().map(v -> String.format(java.util.Locale.ROOT, "%.3g", v))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Why the figure is not steady, e.g. "fork 2/3: warm-up in the measured iterations"; empty when steady. */
    public String problem() {
        StringBuilder sb = new StringBuilder();
        for (ForkSteadiness f : forks) {
            if (!f.steady()) {
                sb.append(sb.length() == 0 ? "" : "; ").append(forks.size() > 1 ? "fork " + (f.fork() + 1) + "/" + forks.size() + ": " : "")
                        .append(f.problem());
            }
        }
        return sb.toString();
    }
}
