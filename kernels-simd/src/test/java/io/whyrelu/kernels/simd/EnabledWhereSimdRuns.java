package io.whyrelu.kernels.simd;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class (or method) only where the SIMD kernels are available (the Vector API module present, a
 * vector species worth using, FMA in hardware), and skips it elsewhere with the provider's own
 * reason: a machine without FMA is a machine the SIMD kernels decline, not a failing build.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EnabledWhereSimdRuns.Condition.class)
public @interface EnabledWhereSimdRuns {

    /** Evaluates the provider's availability once per class. */
    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            var availability = new SimdKernelProvider().availability();
            return availability.available() ? ConditionEvaluationResult.enabled("simd available: " + availability.reason())
                    : ConditionEvaluationResult.disabled("simd unavailable here: " + availability.reason());
        }
    }
}
