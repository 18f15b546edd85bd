package io.whyrelu.bench.accuracy;

import io.whyrelu.resultmodel.accuracy.ActivationAccuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.whyrelu.core.activation.Activations;
import io.whyrelu.resultmodel.json.Json;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AccuracySuiteDeterminismTest {

    private static Map<String, String> run(List<String> activations, int threads, long seed) throws Exception {
        var options = new AccuracySuite.Options(activations.stream().map(Activations::parse).toList(), List.of("scalar", "simd"), false,
                seed, threads, AccuracySuite.SurrogateEffort.DEFAULT);
        var results = new AccuracySuite(options, line -> { }).run();
        return results.activations().stream().collect(Collectors.toMap(ActivationAccuracy::activation, a -> {
            try {
                return Json.MAPPER.writeValueAsString(a);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    @Test
    void anActivationsResultsDependOnTheSeedAloneNotOnWhatElseWasSelectedNorOnThreads() throws Exception {
        Map<String, String> alone = run(List.of("sigmoid", "tanh"), 1, 42);
        Map<String, String> among = run(Activations.all().stream().map(a -> a.spec()).toList(), 2, 42); // all 13
        assertEquals(alone.get("sigmoid"), among.get("sigmoid"), "sigmoid's networks, samples and surrogates do not depend on the selection");
        assertEquals(alone.get("tanh"), among.get("tanh"));
        assertNotEquals(alone.get("sigmoid"), run(List.of("sigmoid"), 1, 43).get("sigmoid"), "the seed still matters");
    }

    @Test
    void derivedSeedsSeparateEveryPart() {
        assertEquals(Seeds.derive(42, "sigmoid", "C5", 2), Seeds.derive(42, "sigmoid", "C5", 2));
        assertNotEquals(Seeds.derive(42, "sigmoid", "C5", 2), Seeds.derive(42, "sigmoid", "C5", 8));
        assertNotEquals(Seeds.derive(42, "elu:alpha=1", "C2"), Seeds.derive(42, "elu:alpha=2", "C2"));
        // The parts are delimited: ("ab", "c") is not ("a", "bc").
        assertNotEquals(Seeds.derive(1, "ab", "c"), Seeds.derive(1, "a", "bc"));
    }
}
