package io.whyrelu.reports.run;

import io.whyrelu.resultmodel.accuracy.AccuracyDocument;
import io.whyrelu.resultmodel.jmh.JmhResult;
import io.whyrelu.resultmodel.manifest.Manifest;
import io.whyrelu.resultmodel.nativeyardstick.NativeResults;
import io.whyrelu.resultmodel.steady.SteadyStateDocument;
import io.whyrelu.reports.steady.SteadyStates;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One run as the reports see it: its JMH results and, when present, whyrelu's manifest, accuracy
 * results, native yardstick and steady-state records. Runs of other JMH projects have only the JMH results.
 *
 * @param label        a short name for tables and legends: the run directory's name, or the file's
 * @param steadyStates steadiness of every result: the iterations classified from jmh.json, with
 *                     steady-state.json's records where present
 */
public record RunData(String label, Path source, List<JmhResult> results, Optional<Manifest> manifest,
        Optional<AccuracyDocument> accuracy, Optional<NativeResults> nativeResults, SteadyStates steadyStates) {

    /** steady-state.json, when the run has one. */
    public Optional<SteadyStateDocument> steadyState() {
        return steadyStates.document();
    }
}
