package io.whyrelu.resultmodel.accuracy;

import io.whyrelu.core.convexity.CurvatureCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an activation declares (convex, monotone) against what C1 measured on its reference: each
 * contradiction as a sentence with the grid point that decides it. The verdict carries them;
 * files written before verdicts did are given them when read, from the same two records.
 */
public final class Declarations {

    private Declarations() {}

    /** "declared convex, measured not convex (s'' step -3.1e-05 at -2.12)", one per contradicted claim. */
    public static List<String> mismatches(Map<String, Boolean> declared, CurvatureCheck.Result measured) {
        List<String> out = new ArrayList<>();
        declared.forEach((property, claim) -> {
            boolean convexity = property.equals("convex");
            boolean is = convexity ? measured.convex() : measured.monotone();
            if (claim != is) {
                String where = convexity
                        ? String.format(Locale.ROOT, "s'' step %.2g at %.3g", measured.minSecondDifference(), measured.minSecondDifferenceAt())
                        : String.format(Locale.ROOT, "s' step %.2g at %.3g", measured.minFirstDifference(), measured.minFirstDifferenceAt());
                out.add("declared " + (claim ? "" : "not ") + property + ", measured " + (is ? "" : "not ") + property + " (" + where + ")");
            }
        });
        return out;
    }

    /** Verdicts without claims (files before they were recorded) get them from their activation's record. */
    static List<Verdict> filledIn(List<Verdict> verdicts, List<ActivationAccuracy> activations) {
        List<Verdict> out = new ArrayList<>();
        for (Verdict v : verdicts) {
            var a = activations.stream().filter(x -> x.activation().equals(v.activation())).findFirst();
            CurvatureCheck.Result reference = a.map(x -> x.curvature().get("reference")).orElse(null);
            if (v.declared() != null || a.isEmpty() || a.get().declared() == null || reference == null) {
                out.add(v);
            } else {
                Map<String, Boolean> declared = a.get().declared();
                out.add(new Verdict(v.activation(), v.requirement1Convex(), v.requirement2Representable(), v.preserved(),
                        v.uniqueSurrogateMinimum(), v.evidence(), v.maxUlp(), v.passesAll(), v.predictedByPaper(), v.agreesWithPaper(),
                        declared, mismatches(declared, reference)));
            }
        }
        return out;
    }
}
