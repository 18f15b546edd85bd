package io.whyrelu.reports.steady;

import java.util.List;

/** Every fork of one benchmark result, and whether its figure is a steady-state figure. */
public record Steadiness(List<ForkSteadiness> forks) {

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
