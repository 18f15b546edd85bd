package io.whyrelu.bench.warmup;

import io.whyrelu.resultmodel.steady.WarmupSettings;
import java.util.List;

/**
 * When warm-up may stop: the last {@code window} chunks are all JIT-quiet and their throughputs
 * agree within {@code stability}. Both halves are needed. Stability alone stops early on a
 * plateau of interpreted or C1 code while C2 works in the background (the 210 → 9 974
 * ops/s); quietness alone stops during a lull between compilations, before the next tier's code
 * is in place — the throughput then still moves between chunks.
 */
final class WarmupCriterion {

    private WarmupCriterion() {}

    /** Empty when the criterion holds for the chunks so far, else what is still missing. */
    static java.util.Optional<String> pending(List<Chunk> chunks, WarmupSettings s) {
        if (chunks.size() < s.window()) {
            return java.util.Optional.of("fewer than " + s.window() + " chunks");
        }
        List<Chunk> last = chunks.subList(chunks.size() - s.window(), chunks.size());
        long busy = last.stream().filter(c -> !c.quiet(s.quietCpu())).count();
        if (busy > 0) {
            return java.util.Optional.of("JIT or GC busy in " + busy + " of the last " + s.window() + " chunks");
        }
        double min = last.stream().mapToDouble(Chunk::opsPerSecond).min().orElseThrow();
        double max = last.stream().mapToDouble(Chunk::opsPerSecond).max().orElseThrow();
        if (max > min * (1 + s.stability())) {
            return java.util.Optional.of(String.format(java.util.Locale.ROOT, "throughput still moving (%.1f%% across the last %d chunks)",
                    100 * (max / min - 1), s.window()));
        }
        return java.util.Optional.empty();
    }
}
