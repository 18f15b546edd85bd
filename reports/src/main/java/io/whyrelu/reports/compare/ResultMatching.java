package io.whyrelu.reports.compare;

import io.whyrelu.resultmodel.jmh.JmhResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which result of one run is which of the other: the same benchmark, mode, params and JVM. A
 * result left over on both sides under the same benchmark, mode and params — one JVM each —
 * is matched too, with a warning, because JMH before 1.22 wrote no jdkVersion and such files
 * would otherwise match nothing newer. Matches whose threads or JVM options differ are kept and
 * warned about: they may not measure the same thing.
 */
record ResultMatching(List<Pair> pairs, List<String> onlyInBaseline, List<String> onlyInCurrent, List<String> warnings) {

    record Pair(JmhResult baseline, JmhResult current) {}

    static ResultMatching of(List<JmhResult> baseline, List<JmhResult> current) {
        Map<String, JmhResult> base = index(baseline);
        Map<String, JmhResult> curr = index(current);
        List<Pair> pairs = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (var e : base.entrySet()) {
            JmhResult c = curr.get(e.getKey());
            if (c != null) {
                pairs.add(new Pair(e.getValue(), c));
            }
        }
        List<JmhResult> leftBase = base.values().stream().filter(b -> !curr.containsKey(b.key())).toList();
        List<JmhResult> leftCurr = curr.values().stream().filter(c -> !base.containsKey(c.key())).toList();
        Map<String, List<JmhResult>> looseBase = byLooseKey(leftBase);
        Map<String, List<JmhResult>> looseCurr = byLooseKey(leftCurr);
        List<JmhResult> matchedLoosely = new ArrayList<>();
        looseBase.forEach((key, bs) -> {
            List<JmhResult> cs = looseCurr.get(key);
            if (bs.size() == 1 && cs != null && cs.size() == 1) {
                pairs.add(new Pair(bs.get(0), cs.get(0)));
                matchedLoosely.add(bs.get(0));
                matchedLoosely.add(cs.get(0));
            }
        });
        long loose = matchedLoosely.size() / 2;
        if (loose > 0) {
            JmhResult b = matchedLoosely.get(0);
            JmhResult c = matchedLoosely.get(1);
            warnings.add(loose + " result" + (loose == 1 ? "" : "s") + " matched across different JVM labels (\"" + b.jvmLabel()
                    + "\" and \"" + c.jvmLabel() + "\"): a file without jdkVersion (JMH before 1.22) or another JVM");
        }
        mismatches(pairs, warnings);
        List<JmhResult> unmatchedBase = leftBase.stream().filter(r -> !matchedLoosely.contains(r)).toList();
        List<JmhResult> unmatchedCurr = leftCurr.stream().filter(r -> !matchedLoosely.contains(r)).toList();
        modeChanges(unmatchedBase, unmatchedCurr, warnings);
        List<String> onlyBase = unmatchedBase.stream().map(JmhResult::key).toList();
        List<String> onlyCurr = unmatchedCurr.stream().map(JmhResult::key).toList();
        return new ResultMatching(pairs, onlyBase, onlyCurr, warnings);
    }

    /** A benchmark measured in one mode before and another now matches nothing: say so rather than only listing both. */
    private static void modeChanges(List<JmhResult> base, List<JmhResult> curr, List<String> warnings) {
        Map<String, String> baseModes = new LinkedHashMap<>();
        base.forEach(b -> baseModes.merge(b.benchmark() + " " + new java.util.TreeMap<>(b.params()), b.mode(), (x, y) -> x + "," + y));
        List<String> changed = new ArrayList<>();
        for (JmhResult c : curr) {
            String was = baseModes.get(c.benchmark() + " " + new java.util.TreeMap<>(c.params()));
            if (was != null && !changed.contains(c.shortName())) {
                changed.add(c.shortName() + " (" + was + " → " + c.mode() + ")");
            }
        }
        if (!changed.isEmpty()) {
            warnings.add("mode differs, so nothing was compared, for " + changed.size() + " benchmark" + (changed.size() == 1 ? "" : "s")
                    + ": " + String.join(", ", changed.subList(0, Math.min(5, changed.size()))) + (changed.size() > 5 ? ", …" : ""));
        }
    }

    private static void mismatches(List<Pair> pairs, List<String> warnings) {
        List<String> threads = new ArrayList<>();
        List<String> jvmArgs = new ArrayList<>();
        for (Pair p : pairs) {
            if (p.baseline().threads() != p.current().threads()) {
                threads.add(p.current().shortName() + " (" + p.baseline().threads() + " → " + p.current().threads() + ")");
            }
            if (!Objects.equals(p.baseline().configurationArgs(), p.current().configurationArgs())) {
                jvmArgs.add(p.current().shortName());
            }
        }
        if (!threads.isEmpty()) {
            warnings.add("threads differ for " + threads.size() + " matched result" + (threads.size() == 1 ? "" : "s") + ": "
                    + String.join(", ", threads.subList(0, Math.min(5, threads.size()))) + (threads.size() > 5 ? ", …" : ""));
        }
        if (!jvmArgs.isEmpty()) {
            warnings.add("JVM options (jvmArgs) differ for " + jvmArgs.size() + " matched result" + (jvmArgs.size() == 1 ? "" : "s")
                    + ", e.g. " + jvmArgs.get(0) + ": the runs may not measure the same configuration");
        }
    }

    private static Map<String, JmhResult> index(List<JmhResult> results) {
        Map<String, JmhResult> map = new LinkedHashMap<>();
        for (JmhResult r : results) {
            map.put(r.key(), r);
        }
        return map;
    }

    private static Map<String, List<JmhResult>> byLooseKey(List<JmhResult> results) {
        Map<String, List<JmhResult>> map = new LinkedHashMap<>();
        for (JmhResult r : results) {
            map.computeIfAbsent(JmhResult.key(r.benchmark(), r.mode(), r.params(), ""), k -> new ArrayList<>()).add(r);
        }
        return map;
    }
}
