package io.whyrelu.reports.accuracy;

import io.whyrelu.reports.view.Cell;
import io.whyrelu.reports.view.Column;
import io.whyrelu.reports.view.Numbers;
import io.whyrelu.reports.view.Table;
import io.whyrelu.resultmodel.accuracy.AccuracyDocument;
import io.whyrelu.resultmodel.accuracy.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The verdict table: the paper's two requirements, convexity preserved by each implementation,
 * a unique surrogate minimum, the worst ULP error of each implementation beyond the baseline,
 * and whether the measurement agrees with the paper. Each yes or no carries its evidence as the
 * cell's note; the last column compares what the activation declares (convex, monotone) with what
 * C1 measured. A row that disagrees with the paper, or contradicts its own claims, is an alert.
 */
public final class VerdictTable {

    private VerdictTable() {}

    public static Table of(AccuracyDocument doc, String title) {
        List<String> impls = doc.implementationsBaselineFirst();
        List<String> others = doc.nonBaselineImplementations();
        Table.Builder t = new Table.Builder(title, "").column(Column.text("activation")).column(Column.text("req 1 convex"))
                .column(Column.text("req 2 |x|, x² ≤ 1e-3"));
        impls.forEach(i -> t.column(Column.text("preserved " + i)));
        t.column(Column.text("unique minimum"));
        others.forEach(i -> t.column(Column.number("max ULP " + i)));
        t.column(Column.text("passes all")).column(Column.text("paper predicts")).column(Column.text("agrees"))
                .column(Column.text("declared"));
        for (Verdict v : doc.verdicts()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.of(v.activation()).withNote(pluginNote(doc, v.activation())), claim(v, v.requirement1Convex(), Verdict.REQUIREMENT_1),
                    claim(v, v.requirement2Representable(), Verdict.REQUIREMENT_2)));
            impls.forEach(i -> row.add(claim(v, v.preservedBy(i), Verdict.preservedKey(i))));
            row.add(Cell.of(AccuracyText.uniqueMinimum(v)).withNote(v.evidence().get(Verdict.UNIQUE_MINIMUM)));
            others.forEach(i -> row.add(Cell.of(Numbers.num(v.maxUlpOf(i)))));
            row.addAll(List.of(Cell.of(yes(v.passesAll())), Cell.of(v.predictedByPaper() ? "pass" : "fail"), Cell.of(yes(v.agreesWithPaper())),
                    declared(v)));
            t.row(row, !v.agreesWithPaper() || !v.mismatches().isEmpty());
        }
        return t.build();
    }

    /** "The measurements agree with the paper's prediction ... for 12 of 13 activations; they disagree for x." */
    public static String agreement(AccuracyDocument doc) {
        List<String> disagree = doc.verdicts().stream().filter(v -> !v.agreesWithPaper()).map(Verdict::activation).toList();
        return String.format(Locale.ROOT, "The measurements agree with the paper's prediction (only ReLU-type activations pass "
                + "everything) for %d of %d activations%s.", doc.verdicts().size() - disagree.size(), doc.verdicts().size(),
                disagree.isEmpty() ? "" : "; they disagree for " + String.join(", ", disagree));
    }

    private static String pluginNote(AccuracyDocument doc, String spec) {
        return doc.plugins().stream().filter(p -> p.id().equals(io.whyrelu.resultmodel.PluginEntry.idOf(spec))).findFirst()
                .map(io.whyrelu.resultmodel.PluginEntry::note).orElse("");
    }

    /** "as measured" (note: the claims), "mismatch" (note: each contradiction), "nothing" for a plug-in that claims nothing. */
    private static Cell declared(Verdict v) {
        if (v.declared() == null) {
            return Cell.missing();
        }
        if (v.declared().isEmpty()) {
            return Cell.of("nothing").withNote("declares neither convexity nor monotonicity; both are measured");
        }
        String claims = v.declared().entrySet().stream().map(e -> (e.getValue() ? "" : "not ") + e.getKey())
                .collect(java.util.stream.Collectors.joining(", "));
        return v.mismatches().isEmpty() ? Cell.of("as measured").withNote("declared " + claims)
                : Cell.of("mismatch").withNote(String.join("; ", v.mismatches()));
    }

    private static Cell claim(Verdict v, Boolean value, String evidenceKey) {
        return value == null ? Cell.missing() : Cell.of(yes(value)).withNote(v.evidence().get(evidenceKey));
    }

    static String yes(boolean v) {
        return v ? "yes" : "no";
    }
}
