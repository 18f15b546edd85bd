package io.whyrelu.bench.run;

import io.whyrelu.resultmodel.BenchmarkKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of N parts of a run's plan ({@code run --shard I/N}), for a CI matrix whose jobs each run a
 * part. Deterministic: every job computes the same plan and keeps every N-th benchmark of it from
 * its own offset, so the parts are disjoint, together are the plan, and each holds the same mix of
 * kernel, element-wise and latency benchmarks (the plan lists them in blocks), which is what
 * balances their time. The roofline probe runs in every part: each machine needs its own peak.
 */
public record Shard(int index, int count) {

    private static final Pattern FORM = Pattern.compile("(\\d+)/(\\d+)");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("--shard " + index + "/" + count + ": needs 1 ≤ I ≤ N");
        }
    }

    /** "2/3" → the second of three parts. */
    public static Shard parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("--shard '" + text + "': expected I/N, e.g. 2/3");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public List<PlannedBenchmark> select(List<PlannedBenchmark> plan) {
        List<PlannedBenchmark> part = new ArrayList<>();
        int position = 0;
        for (PlannedBenchmark b : plan) {
            if (BenchmarkKind.ROOFLINE.matches(b.benchmark())) {
                part.add(b);
            } else if (position++ % count == index - 1) {
                part.add(b);
            }
        }
        return part;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
