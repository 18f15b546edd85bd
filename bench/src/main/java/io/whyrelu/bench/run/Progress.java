package io.whyrelu.bench.run;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * The progress line of a run: benchmarks done / total, the current one, elapsed time and an ETA
 * that learns from how long benchmarks actually take. On a terminal the line is rewritten in
 * place; otherwise (CI logs) each benchmark gets one line.
 */
public final class Progress {

    private final PrintStream out;
    private final boolean interactive;
    private final int total;
    private final double plannedPerItem;
    private final long started = System.nanoTime();
    private int done;
    private int failed;
    private String current = "";
    private String phase = "";
    private long itemStarted;
    private double actualSeconds;

    public Progress(PrintStream out, boolean interactive, List<PlannedBenchmark> plan, double plannedPerItem) {
        this.out = out;
        this.interactive = interactive;
        this.total = plan.size();
        this.plannedPerItem = plannedPerItem;
    }

    public synchronized void start(PlannedBenchmark item) {
        current = item.label();
        phase = "starting fork";
        itemStarted = System.nanoTime();
        if (interactive) {
            redraw();
        } else {
            out.printf("[%d/%d] %s (ETA %s)%n", done + 1, total, current, format(eta()));
        }
    }

    public synchronized void phase(String phase) {
        this.phase = phase;
        if (interactive) {
            redraw();
        }
    }

    public synchronized void finish(PlannedBenchmark item, boolean ok) {
        done++;
        if (!ok) {
            failed++;
        }
        actualSeconds += (System.nanoTime() - itemStarted) / 1e9;
        if (interactive && !ok) {
            clear();
            out.println("failed: " + item.label() + " (see jmh.log)");
        }
    }

    public synchronized void close() {
        if (interactive) {
            clear();
        }
        out.printf("%d benchmarks in %s%s%n", done, format(elapsed()), failed > 0 ? ", " + failed + " failed" : "");
    }

    private void redraw() {
        String line = String.format("[%d/%d %3d%%] %s · %s · %s elapsed · ETA %s", done + 1, total, 100 * done / Math.max(1, total),
                current, phase, format(elapsed()), format(eta()));
        clear();
        out.print(line.length() > 150 ? line.substring(0, 150) : line);
        out.flush();
    }

    private void clear() {
        out.print("\r\033[2K");
    }

    private double elapsed() {
        return (System.nanoTime() - started) / 1e9;
    }

    /** Remaining planned time, scaled by how actual times have compared with planned ones so far. */
    private double eta() {
        double ratio = done == 0 ? 1 : Math.min(3, Math.max(0.5, actualSeconds / (done * plannedPerItem)));
        return (total - done) * plannedPerItem * ratio;
    }

    static String format(double seconds) {
        Duration d = Duration.ofSeconds(Math.round(seconds));
        return d.toHours() > 0 ? String.format("%dh%02dm", d.toHours(), d.toMinutesPart())
                : String.format("%dm%02ds", d.toMinutes(), d.toSecondsPart());
    }
}
