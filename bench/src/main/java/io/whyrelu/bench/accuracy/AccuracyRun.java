package io.whyrelu.bench.accuracy;

import io.whyrelu.bench.env.LocalMachine;
import io.whyrelu.bench.plugin.PluginEntries;
import io.whyrelu.core.kernel.Kernels;
import io.whyrelu.resultmodel.accuracy.AccuracyDocument;
import io.whyrelu.resultmodel.accuracy.ActivationAccuracy;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Runs the accuracy suite in this JVM with progress on a console, and makes accuracy.json's document of it. */
public final class AccuracyRun {

    private AccuracyRun() {}

    public static AccuracyDocument run(AccuracySuite.Options options, PrintStream console, String toolVersion) throws InterruptedException {
        Instant started = Instant.now();
        boolean interactive = System.console() != null;
        AccuracySuite.Results results = new AccuracySuite(options, step -> {
            if (interactive) {
                console.print("\r\033[2K" + step);
                console.flush();
            } else {
                console.println(step);
            }
        }).run();
        if (interactive) {
            console.print("\r\033[2K");
        }
        Instant finished = Instant.now();
        // Timings: the only fields that differ between runs with the same seed.
        return new AccuracyDocument(AccuracyDocument.SCHEMA, toolVersion, options.seed(), options.exhaustive(), LocalMachine.jvm(),
                options.impls(), started.truncatedTo(ChronoUnit.SECONDS).toString(), finished.truncatedTo(ChronoUnit.SECONDS).toString(),
                Duration.between(started, finished).toMillis() / 1000.0, results.activations(), results.sweeps(),
                results.activations().stream().map(ActivationAccuracy::verdict).toList(),
                PluginEntries.of(options.activations(), options.impls().stream().map(Kernels::get).toList()));
    }
}
