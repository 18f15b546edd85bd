package io.whyrelu.core.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivationsTest {

    @Test
    void catalogueHasAllThirteenIdsInOrder() {
        assertEquals(List.of("relu", "leaky-relu", "softplus", "elu", "selu", "squared-relu", "exp", "sigmoid", "tanh",
                "gelu", "gelu-tanh", "silu", "mish"), Activations.all().stream().map(Activation::id).toList());
    }

    @Test
    void parsesParametersAndPrintsCanonicalSpecs() {
        assertEquals(2.0, ((Elu) Activations.parse("elu:alpha=2")).alpha());
        assertEquals("elu:alpha=2", Activations.parse(" elu : alpha = 2.0 ").spec());
        assertEquals("elu", Activations.parse("elu:alpha=1").spec());
        assertEquals("leaky-relu:alpha=1.5", Activations.parse("leaky-relu:alpha=1.5").spec());
        assertEquals("softplus:beta=0.5", Activations.parse("softplus:beta=5e-1").spec());
        assertEquals(Activations.parse("elu"), Activations.parse("elu:alpha=1"));
    }

    @Test
    void parsesListsAndAll() {
        assertEquals(13, Activations.parseList("all").size());
        assertEquals(List.of("relu", "elu:alpha=2"),
                Activations.parseList("relu,elu:alpha=2,relu").stream().map(Activation::spec).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "swish|unknown activation 'swish'; valid ids: relu, leaky-relu, softplus, elu, selu, squared-relu, exp, sigmoid, tanh, gelu, gelu-tanh, silu, mish",
        "elu:beta=2|unknown parameter 'beta' for elu; valid: alpha",
        "elu:alpha|malformed parameter 'alpha' in 'elu:alpha': expected name=value, valid names for elu: alpha",
        "elu:alpha=|malformed parameter 'alpha=' in 'elu:alpha=': expected name=value, valid names for elu: alpha",
        "elu:alpha=two|elu parameter alpha must be a number, got 'two'",
        "elu:alpha=NaN|elu parameter alpha must be finite, got NaN",
        "leaky-relu:alpha=-1e40|leaky-relu parameter alpha must fit a float (magnitude ≤ 3.4e38), got -1.0E40",
        "softplus:beta=1e-50|softplus parameter beta must be > 0 in float (it underflows to 0), got 1.0E-50",
        "softplus:beta=0|softplus parameter beta must be > 0, got 0",
        "softplus:beta=-1|softplus parameter beta must be > 0, got -1",
        "relu:alpha=1|relu takes no parameters, got 'alpha=1'",
        "elu:alpha=1:alpha=2|parameter 'alpha' given twice in 'elu:alpha=1:alpha=2'",
    })
    void rejectsBadSpecsNamingTheProblem(String spec, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> Activations.parse(spec)).getMessage());
    }

    @Test
    void rejectsEmptySpecsAndLists() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Activations.parse(" ")).getMessage().startsWith("empty activation spec"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Activations.parseList("relu,")).getMessage().startsWith("empty activation spec"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Activations.parseList(null)).getMessage().startsWith("empty activation list"));
    }

    @Test
    void declaredPropertiesFollowParameters() {
        assertTrue(Activations.parse("leaky-relu").declaredConvex().orElseThrow());
        assertTrue(Activations.parse("leaky-relu:alpha=1").declaredConvex().orElseThrow());
        assertFalse(Activations.parse("leaky-relu:alpha=1.5").declaredConvex().orElseThrow());
        assertFalse(Activations.parse("leaky-relu:alpha=-0.5").declaredMonotone().orElseThrow());
        assertTrue(Activations.parse("elu:alpha=0.5").declaredConvex().orElseThrow());
        assertFalse(Activations.parse("elu:alpha=2").declaredConvex().orElseThrow());
        assertFalse(Activations.parse("selu").declaredConvex().orElseThrow());
        assertFalse(Activations.parse("gelu").declaredMonotone().orElseThrow());
    }
}
