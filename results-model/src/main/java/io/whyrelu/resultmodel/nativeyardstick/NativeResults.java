package io.whyrelu.resultmodel.nativeyardstick;

import com.fasterxml.jackson.core.type.TypeReference;
import io.whyrelu.resultmodel.jmh.InvalidResultsException;
import io.whyrelu.resultmodel.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * native.json: the yardstick's figures of a run, when it was run with --native.
 *
 * @param isa  how it was built and run (AVX2 when the run's JVMs were held to 256 bits); null in
 *             files written before it was recorded
 * @param note what a reader of its figures must know (a peak the check overruled, OpenBLAS
 *             missing), for the tables; null when there is nothing
 */
public record NativeResults(String baseline, String binary, List<NativeResult> results, String isa, String note) {

    public static final String FILE = "native.json";

    /** How far the yardstick's peak may exceed the check's before it counts as overstated: beyond run-to-run noise. */
    public static final double PEAK_TOLERANCE = 1.03;

    public static Optional<NativeResults> readIfPresent(Path runDir) {
        Path file = runDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.MAPPER.readValue(file.toFile(), new TypeReference<NativeResults>() {}));
        } catch (IOException e) {
            throw new InvalidResultsException(file + ": not a whyrelu native.json (" + e.getMessage() + ")");
        }
    }

    /** {@link #note}, empty when there is none. */
    public String noteOrEmpty() {
        return note == null ? "" : note;
    }

    /**
     * The native FMA peak: the yardstick's, unless it exceeds whyrelu's check loop (every chain
     * kept) by more than {@link #PEAK_TOLERANCE}. No loop runs faster than the core, so a yardstick
     * figure above the check's is a loop that lost work, and the check's figure is the peak.
     */
    public OptionalDouble peak() {
        OptionalDouble yardstick = yardstickPeak();
        OptionalDouble check = value(NativeResult.PEAK_CHECK);
        if (yardstick.isPresent() && check.isPresent() && yardstick.getAsDouble() > check.getAsDouble() * PEAK_TOLERANCE) {
            return check;
        }
        return yardstick.isPresent() ? yardstick : check;
    }

    /** The peak the yardstick's own loop reported, whether or not {@link #peak} takes it. */
    public OptionalDouble yardstickPeak() {
        return value(NativeResult.PEAK);
    }

    private OptionalDouble value(String kind) {
        return results.stream().filter(r -> r.kind().equals(kind)).mapToDouble(NativeResult::value).findFirst();
    }

    /**
     * Native GFLOP/s for a kernel shape: at batch 1 the faster of the yardstick's gemv and OpenBLAS
     * sgemv (the strongest native figure there is), else OpenBLAS sgemm + activation.
     */
    public OptionalDouble kernel(String activation, int n, int k, int batch) {
        List<String> kinds = batch == 1 ? List.of(NativeResult.GEMV, NativeResult.BLAS_GEMV) : List.of(NativeResult.BATCH);
        return results.stream()
                .filter(r -> kinds.contains(r.kind()) && r.activation().equals(activation) && r.n() == n && r.k() == k
                        && (batch == 1 || r.batch() == batch))
                .mapToDouble(NativeResult::value).max();
    }

    public OptionalDouble elementwise(String activation, long size) {
        return results.stream().filter(r -> r.kind().equals(NativeResult.ACT) && r.activation().equals(activation) && r.size() == size)
                .mapToDouble(NativeResult::value).findFirst();
    }
}
