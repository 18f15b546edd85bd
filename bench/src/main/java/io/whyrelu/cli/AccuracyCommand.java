package io.whyrelu.cli;

import io.whyrelu.bench.accuracy.AccuracyRun;
import io.whyrelu.bench.accuracy.AccuracySuite;
import io.whyrelu.bench.run.OutputDirectory;
import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.activation.Activations;
import io.whyrelu.core.accuracy.PluginScreen;
import io.whyrelu.core.kernel.Kernels;
import io.whyrelu.reports.accuracy.AccuracyText;
import io.whyrelu.resultmodel.accuracy.AccuracyDocument;
import io.whyrelu.resultmodel.json.Json;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code whyrelu accuracy}: the paper's claims and the numeric accuracy, measured (DESIGN.md §5). */
@Command(name = "accuracy", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run the convexity and accuracy suite (C1-C5, A1) for every activation and implementation; "
                + "write accuracy.json and print the tables and the verdict.")
public final class AccuracyCommand implements Callable<Integer> {

    @Option(names = "--activations", paramLabel = "LIST", defaultValue = "all", description = "Comma-separated specs or `all` (default).")
    String activations;

    @Option(names = "--impls", paramLabel = "LIST", description = "Implementations (default: all available here).")
    String impls;

    @Option(names = "--exhaustive", description = "ULP survey over all 2^32 floats (multithreaded; tens of minutes) instead of the dense sample.")
    boolean exhaustive;

    @Option(names = "--out", paramLabel = "DIR", description = "Directory for accuracy.json (default: results/<UTC timestamp>); "
            + "may be an existing run directory without an accuracy.json.")
    Path out;

    @Option(names = "--thorough", description = "C5 on 50 surrogate instances of 24 starts per dimension × steepness instead of 2 "
            + "of 6: rates a few percent wide (minutes instead of seconds).")
    boolean thorough;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of every random setup (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", description = "Worker threads (default: available processors).")
    Integer threads;

    @picocli.CommandLine.Mixin
    PluginOptions plugins = new PluginOptions();

    @Option(names = "--quiet", hidden = true, description = "Progress only, no tables (when `whyrelu run` calls it).")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        AccuracySuite.Options options = options();
        Path dir = prepare(out != null ? out : OutputDirectory.defaultFor("results"));
        PrintStream console = System.out;
        console.printf("whyrelu accuracy: %d activations x %s, %s ULP survey, seed %d%s%n", options.activations().size(),
                options.impls(), options.exhaustive() ? "exhaustive" : "sampled", options.seed(),
                quiet ? ", on " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") : "");
        AccuracyDocument doc = AccuracyRun.run(options, console, Version.get());
        Json.write(dir.resolve(AccuracyDocument.FILE), doc);
        if (!quiet) {
            console.println();
            console.print(AccuracyText.render(doc));
            console.println("Results: " + dir.resolve(AccuracyDocument.FILE));
        }
        return ExitCodes.OK;
    }

    AccuracySuite.Options options() {
        plugins.install();
        try {
            List<Activation> acts = Activations.parseList(activations);
            List<String> chosen = new ArrayList<>();
            if (impls == null) {
                Kernels.providers().stream().filter(s -> s.availability().available()).forEach(s -> chosen.add(s.name()));
            } else {
                for (String impl : Kernels.parseNames(impls)) {
                    Kernels.get(impl); // unavailable here: the exception says why
                    chosen.add(impl);
                }
            }
            PluginScreen.screen(acts, chosen.stream().map(Kernels::get).toList());
            int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (t < 1) {
                throw new UsageException("--threads must be at least 1, got " + t);
            }
            return new AccuracySuite.Options(acts, List.copyOf(chosen), exhaustive, seed, t,
                    thorough ? AccuracySuite.SurrogateEffort.THOROUGH : AccuracySuite.SurrogateEffort.DEFAULT);
        } catch (IllegalArgumentException | io.whyrelu.core.kernel.KernelUnavailableException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** A new directory, or an existing one without accuracy.json (a run directory, say). */
    private static Path prepare(Path dir) {
        if (Files.isRegularFile(dir.resolve(AccuracyDocument.FILE))) {
            throw new UsageException("--out " + dir + " already has an accuracy.json");
        }
        if (Files.isDirectory(dir)) {
            if (!Files.isWritable(dir)) {
                throw new UsageException("--out " + dir + " is not writable");
            }
            return dir.toAbsolutePath().normalize();
        }
        try {
            return OutputDirectory.prepare(dir);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
