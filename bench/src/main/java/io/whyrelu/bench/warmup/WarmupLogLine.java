package io.whyrelu.bench.warmup;

import io.whyrelu.resultmodel.steady.IterationJit;
import io.whyrelu.resultmodel.steady.WarmupOutcome;
import java.util.List;
import java.util.Map;

/** One line of a fork's warm-up log: which benchmark, how its warm-up went, and the JIT during each JMH iteration. */
public record WarmupLogLine(String benchmark, Map<String, String> params, WarmupOutcome outcome, List<IterationJit> iterations) {}
