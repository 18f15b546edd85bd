package io.whyrelu.resultmodel.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.core.convexity.CurvatureCheck;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeclarationsTest {

    /** Measured: not convex (a negative second difference at x = -2), monotone. */
    private static final CurvatureCheck.Result MEASURED = new CurvatureCheck.Result(-3.1e-5, -2, -40, 1e-4, 0, 5, false, true);

    @Test
    void aContradictedClaimIsASentenceWithItsEvidence() {
        assertEquals(List.of("declared convex, measured not convex (s'' step -3.1e-05 at -2.00)"),
                Declarations.mismatches(Map.of("convex", true, "monotone", true), MEASURED));
        assertEquals(List.of("declared not monotone, measured monotone (s' step 0.00010 at 0.00)"),
                Declarations.mismatches(Map.of("monotone", false), MEASURED));
    }

    @Test
    void claimsThatHoldAndNoClaimsAreNoMismatch() {
        assertTrue(Declarations.mismatches(Map.of("convex", false, "monotone", true), MEASURED).isEmpty());
        assertTrue(Declarations.mismatches(Map.of(), MEASURED).isEmpty());
    }
}
