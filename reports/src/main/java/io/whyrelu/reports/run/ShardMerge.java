package io.whyrelu.reports.run;

import io.whyrelu.reports.history.Machine;
import io.whyrelu.reports.steady.SteadyStates;
import io.whyrelu.resultmodel.BenchmarkKind;
import io.whyrelu.resultmodel.jmh.JmhResult;
import io.whyrelu.resultmodel.manifest.Manifest;
import io.whyrelu.resultmodel.steady.SteadyStateDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shards of one logical run (same run id in their manifests, {@code run --shard}) read as that
 * run: their results, steady-state records and counts together, one roofline probe per JVM.
 * Shards from different machines stay apart: one merged run per machine. Runs without a shard
 * pass through unchanged, in order.
 */
public final class ShardMerge {

    private ShardMerge() {}

    public static List<RunData> merge(List<RunData> runs) {
        Map<String, List<RunData>> groups = new LinkedHashMap<>();
        for (RunData r : runs) {
            Manifest m = r.manifest().orElse(null);
            String key = m != null && m.shard != null && m.runId != null ? m.runId + "\u0000" + Machine.of(r.manifest())
                    : "\u0001" + groups.size();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<RunData> out = new ArrayList<>();
        groups.forEach((key, group) -> out.add(key.startsWith("\u0001") ? group.get(0) : mergeGroup(group)));
        return out;
    }

    private static int index(String shard) {
        try {
            return Integer.parseInt(shard.substring(0, shard.indexOf('/')));
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static RunData mergeGroup(List<RunData> group) {
        if (group.size() == 1) {
            return group.get(0);
        }
        // In shard order, whatever order they were named in: the merged run is the same run every time.
        List<RunData> shards = new ArrayList<>(group);
        shards.sort(java.util.Comparator.comparingInt(s -> index(s.manifest().orElseThrow().shard)));
        List<JmhResult> results = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<SteadyStateDocument.Entry> entries = new ArrayList<>();
        Manifest first = shards.get(0).manifest().orElseThrow();
        Manifest merged = new Manifest();
        merged.schema = first.schema;
        merged.tool = first.tool;
        merged.git = first.git;
        merged.runId = first.runId;
        merged.host = first.host;
        merged.jvms = first.jvms;
        merged.preset = first.preset;
        merged.options = first.options;
        merged.seed = first.seed;
        merged.startedAt = first.startedAt;
        merged.status = "complete";
        List<String> parts = new ArrayList<>();
        for (RunData s : shards) {
            for (JmhResult r : s.results()) {
                // Every shard probes the roofline; one per JVM is the run's.
                if (!BenchmarkKind.ROOFLINE.matches(r) || seen.add(r.key())) {
                    results.add(r);
                }
            }
            s.steadyState().ifPresent(d -> entries.addAll(d.benchmarks()));
            Manifest m = s.manifest().orElseThrow();
            parts.add(m.shard);
            merged.benchmarks.planned += m.benchmarks.planned;
            merged.benchmarks.completed += m.benchmarks.completed;
            merged.benchmarks.failed.addAll(m.benchmarks.failed);
            if (!"complete".equals(m.status)) {
                merged.status = "incomplete";
                merged.incompleteReason = "shard " + m.shard + ": " + (m.incompleteReason == null ? m.status : m.incompleteReason);
            }
            if (m.finishedAt != null && (merged.finishedAt == null || m.finishedAt.compareTo(merged.finishedAt) > 0)) {
                merged.finishedAt = m.finishedAt;
            }
        }
        merged.shard = "merged from " + String.join(", ", parts);
        SteadyStateDocument doc = shards.get(0).steadyState().map(d -> new SteadyStateDocument(d.schema(), d.warmup(), d.tolerance(), entries))
                .orElse(null);
        RunData base = shards.get(0);
        return new RunData(first.runId, base.source(), results, Optional.of(merged),
                shards.stream().flatMap(s -> s.accuracy().stream()).findFirst(),
                shards.stream().flatMap(s -> s.nativeResults().stream()).findFirst(), SteadyStates.of(doc));
    }
}
