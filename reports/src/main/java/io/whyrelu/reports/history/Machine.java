package io.whyrelu.reports.history;

import io.whyrelu.resultmodel.manifest.Manifest;
import java.util.Optional;

/**
 * The machine a run ran on, as history keys its series: the run's label ({@code run --machine}) or
 * its host's fingerprint ({@link io.whyrelu.resultmodel.manifest.Host#fingerprint}) — not the
 * hostname, which CI runners change on every job while the hardware stays, and which two
 * different machines can share. Figures from an
 * AVX2-only EPYC and an AVX-512 Xeon differ 2–3×; one series holding both would call the switch a
 * regression. A user can name the machine instead ({@code history add --machine}).
 */
public final class Machine {

    public static final String UNKNOWN = "unknown machine";

    private Machine() {}

    /** The manifest's machine (a label, or the fingerprint recorded), else its host's fingerprint (manifests from before). */
    public static String of(Optional<Manifest> manifest) {
        if (manifest.isEmpty()) {
            return UNKNOWN;
        }
        Manifest m = manifest.get();
        if (m.machine != null && !m.machine.isBlank()) {
            return m.machine;
        }
        return m.host == null ? UNKNOWN : m.host.fingerprint();
    }
}
