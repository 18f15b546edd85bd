package io.whyrelu.reports.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.whyrelu.reports.jmh.JmhResult;
import io.whyrelu.reports.nativeyardstick.NativeResults;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One run as the reports see it: its JMH results and, when present, whyrelu's manifest, accuracy
 * results and native yardstick. Runs of other JMH projects have only the JMH results.
 *
 * @param label a short name for tables and legends: the run directory's name, or the file's
 */
public record RunData(String label, Path source, List<JmhResult> results, Optional<JsonNode> manifest,
        Optional<JsonNode> accuracy, Optional<NativeResults> nativeResults) {}
