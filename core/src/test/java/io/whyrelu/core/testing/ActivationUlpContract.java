package io.whyrelu.core.testing;

import io.whyrelu.core.accuracy.FloatSamples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.activation.Activations;
import io.whyrelu.core.kernel.KernelProvider;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every activation of an implementation against the double reference, in ULPs, over the dense
 * sample of {@link FloatSamples}, held to the budget the provider declares (and docs/accuracy.md
 * lists). Extended by each kernel module's tests.
 */
public abstract class ActivationUlpContract {

    private static final float[] SAMPLE = FloatSamples.dense();

    protected abstract KernelProvider provider();

    static Stream<Activation> activations() {
        return Stream.concat(Activations.all().stream(), Stream.of(
                Activations.parse("leaky-relu:alpha=1.5"), Activations.parse("elu:alpha=0.5"),
                Activations.parse("elu:alpha=2"), Activations.parse("softplus:beta=2"),
                Activations.parse("softplus:beta=0.7")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void withinDeclaredUlpBudget(Activation activation) {
        UlpSweep sweep = UlpSweep.measure(provider().elementwise(activation), SAMPLE);
        double budget = provider().ulpBudget(activation);
        System.out.printf("ULP %s %s: %s (budget %.1f)%n", provider().name(), activation, sweep, budget);
        assertTrue(sweep.maxUlps() <= budget, () -> provider().name() + " " + activation + ": " + sweep
                + " exceeds the budget of " + budget + " ULP");
        assertTrue(sweep.wrongZeroSigns() == 0, () -> provider().name() + " " + activation + ": " + sweep);
    }
}
