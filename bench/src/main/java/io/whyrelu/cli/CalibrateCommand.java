package io.whyrelu.cli;

import io.whyrelu.reports.compare.GateCalibration;
import io.whyrelu.reports.compare.GateSettings;
import io.whyrelu.resultmodel.jmh.JmhResult;
import io.whyrelu.reports.markdown.Markdown;
import io.whyrelu.reports.run.RunLoader;
import io.whyrelu.reports.summary.TextTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code whyrelu calibrate}: the gate's false-alarm and detection rates, from this machine's own forks. */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure how often compare's gate fails on no change (A/A) and how often it catches 2, 5, 10 and 20% "
                + "slowdowns, by resampling the real forks of runs with two forks or more, at several forks × iterations a side.",
            "Also prints the fork-to-fork noise the runs show, the figure --fork-noise stands for."})
public final class CalibrateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RUN", arity = "1..*", description = "Run directories or JMH JSON files with two forks or more.")
    List<Path> runs;

    @Option(names = "--shapes", paramLabel = "FxI,...", split = ",", defaultValue = "1x3,1x5,1x10,1x20,2x5,3x5,5x5,10x5,20x5",
            description = "Forks × iterations a side to simulate (default: ${DEFAULT-VALUE}).")
    List<String> shapes;

    @Option(names = "--trials", paramLabel = "N", defaultValue = "200", description = "Simulated suites per shape and change (default: ${DEFAULT-VALUE}).")
    int trials;

    @CommandLine.Mixin
    GateOptions gate;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "text", description = "text or markdown (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        if (trials < 1) {
            throw new UsageException("--trials must be at least 1, got " + trials);
        }
        boolean markdown = switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "text" -> false;
            case "markdown" -> true;
            default -> throw new UsageException("--format '" + format + "' is not one of: text, markdown");
        };
        GateSettings settings = gate.settings();
        List<GateCalibration.Shape> parsed = shapes.stream().map(CalibrateCommand::shape).toList();
        List<JmhResult> results = new ArrayList<>();
        for (Path run : runs) {
            results.addAll(RunLoader.load(run).results());
        }
        GateCalibration calibration;
        try {
            calibration = new GateCalibration(results, settings, trials);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + " in " + runs.size() + " run(s); run them with -f 2 or more");
        }
        var out = spec.commandLine().getOut();
        double[] noise = calibration.forkNoise();
        out.printf(Locale.ROOT, "%d results with two forks or more; fork-to-fork noise (sd of log fork means): median %.2f%%, "
                + "p75 %.2f%%, p90 %.2f%%, max %.2f%%%n", calibration.benchmarks(), 100 * quantile(noise, 0.5), 100 * quantile(noise, 0.75),
                100 * quantile(noise, 0.9), 100 * noise[noise.length - 1]);
        out.printf(Locale.ROOT, "gate: threshold %s%%, alpha %s, fork noise %s%%, %s; %d trials a cell%n%n",
                GateSettings.plain(settings.thresholdPercent()), GateSettings.plain(settings.alpha()),
                GateSettings.plain(settings.forkNoisePercent()), settings.suiteCorrection() ? "corrected over the suite" : "no correction", trials);
        String[] header = {"forks×it. a side", "A/A rows called", "A/A suites failed", "caught 2%", "caught 5%", "caught 10%", "caught 20%",
            "too few at 10%"};
        TextTable table = new TextTable(header).alignRight(1, 2, 3, 4, 5, 6, 7);
        StringBuilder md = new StringBuilder(Markdown.row(header)).append(Markdown.separator(false, true, true, true, true, true, true, true));
        long seed = 1;
        int n = 0;
        for (GateCalibration.Shape shape : parsed) {
            spec.commandLine().getErr().printf("calibrating %s (%d/%d)%n", shape, ++n, parsed.size());
            GateCalibration.Outcome o = calibration.measure(shape, seed++);
            String[] row = {shape.toString(), pct(o.rowFalseAlarms()), pct(o.suiteFalseAlarms()), pct(o.detection()[0]), pct(o.detection()[1]),
                pct(o.detection()[2]), pct(o.detection()[3]), pct(o.tooFew()[2])};
            table.row(row);
            md.append(Markdown.row(row));
        }
        out.print(markdown ? md : table.render());
        out.flush();
        return ExitCodes.OK;
    }

    private static GateCalibration.Shape shape(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split("[x×]");
        try {
            int forks = Integer.parseInt(parts[0]);
            int iterations = Integer.parseInt(parts[1]);
            if (parts.length == 2 && forks >= 1 && iterations >= 1) {
                return new GateCalibration.Shape(forks, iterations);
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // reported below
        }
        throw new UsageException("--shapes: '" + text + "' is not FORKSxITERATIONS with both ≥ 1, e.g. 2x5");
    }

    private static double quantile(double[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

}
