package io.whyrelu.example.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.core.accuracy.PluginScreen;
import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.activation.Activations;
import io.whyrelu.core.activation.PluginActivation;
import io.whyrelu.core.convexity.CurvatureCheck;
import io.whyrelu.core.kernel.Kernels;
import io.whyrelu.core.kernel.KernelProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example found on the class path, parsed like a built-in, its claims measured, its forms screened. */
class ExamplePluginTest {

    @Test
    void foundOnTheClassPathAndParsedLikeABuiltIn() {
        Activation sp = Activations.parse("squareplus:b=2");
        assertTrue(sp instanceof PluginActivation);
        assertEquals("squareplus:b=2", sp.spec());
        assertEquals("squareplus", Activations.parse("squareplus:b=4").spec(), "the default is omitted");
        assertTrue(Activations.validIds().contains("hard-swish"));
        assertTrue(Activations.all().contains(Activations.parse("hard-swish")));
        assertEquals(Activations.parse("squareplus"), Activations.parse("squareplus:b=4"));
        assertFalse(Activations.parse("squareplus").equals(Activations.parse("hard-swish")), "plug-ins differ by id");
    }

    @Test
    void badParametersGetTheCataloguesMessages() {
        assertEquals("squareplus parameter b must be > 0, got 0",
                assertThrows(IllegalArgumentException.class, () -> Activations.parse("squareplus:b=0")).getMessage());
        assertEquals("unknown parameter 'c' for squareplus; valid: b",
                assertThrows(IllegalArgumentException.class, () -> Activations.parse("squareplus:c=1")).getMessage());
        assertEquals("hard-swish takes no parameters, got 'b=1'",
                assertThrows(IllegalArgumentException.class, () -> Activations.parse("hard-swish:b=1")).getMessage());
    }

    @Test
    void squareplusValuesWithoutCancellation() {
        Activation sp = Activations.parse("squareplus");
        assertEquals(1, sp.reference(0), 0);
        assertEquals(1e30, sp.reference(1e30), 1e15);
        // For x → −∞, s(x) ≈ b/(4|x|): the naive (x + √(x² + b))/2 would give 0 at −1e10.
        assertEquals(1e-10, sp.reference(-1e10), 1e-22);
        assertEquals(1e-10f, sp.apply(-1e10f), 1e-16f);
    }

    @Test
    void claimsMatchTheMeasuredCurvature() {
        var sp = CurvatureCheck.ofReference(Activations.parse("squareplus"));
        assertTrue(sp.convex() && sp.monotone());
        var hs = CurvatureCheck.ofReference(Activations.parse("hard-swish"));
        assertFalse(hs.convex(), "the slope drops from 1.5 to 1 at x = 3");
        assertFalse(hs.monotone(), "minimum at x = −1.5");
        assertEquals(Boolean.FALSE, Activations.parse("hard-swish").declared().get("convex"));
        assertTrue(Activations.parse("cube-no-vector").declared().isEmpty(), "claims nothing");
    }

    @Test
    void everyFormPassesTheScreen() {
        List<KernelProvider> available = Kernels.providers().stream().filter(s -> s.availability().available()).map(Kernels.Status::provider).toList();
        PluginScreen.screen(Activations.all(), available);
        for (KernelProvider p : available) {
            String form = p.activationForm(Activations.parse("cube-no-vector"));
            assertTrue(p.name().equals("scalar") ? form.equals("float form") : form.contains("no vector form"), p.name() + ": " + form);
        }
    }
}
