package io.whyrelu.bench.run;

import io.whyrelu.bench.env.JdkInstallation;
import io.whyrelu.resultmodel.manifest.JvmDescription;
import java.nio.file.Path;
import java.util.List;

/**
 * A JVM the benchmarks fork onto, with the flags every fork of it gets (--jvm-args) and what
 * {@code whyrelu env --json} reported from inside it started with those flags: version, vector
 * species, FMA, and which kernel implementations can run there. The flags are part of the
 * description because they change it: {@code -XX:UseAVX=2} halves the species on an AVX-512 core.
 */
public record JvmTarget(Path java, List<String> flags, JvmDescription description) {

    public JvmTarget {
        flags = List.copyOf(flags);
    }

    public String vendor() {
        return description.vendor() == null ? "unknown" : description.vendor();
    }

    public String version() {
        return description.version() == null ? "unknown" : description.version();
    }

    public String species() {
        return description.vectorSpecies() == null ? "none" : description.vectorSpecies();
    }

    public int vectorBits() {
        return description.vectorBits();
    }

    public boolean fma() {
        return description.fma();
    }

    public List<String> availableImpls() {
        return description.availableImplementations();
    }

    public boolean supports(String impl) {
        return availableImpls().contains(impl);
    }

    /** Floats per preferred vector: 0 when the Vector API is not in use there. */
    public int lanes() {
        return vectorBits() / 32;
    }

    /** The reason an implementation is unavailable here, from the JVM's own report. */
    public String reasonUnavailable(String impl) {
        return description.providers().stream().filter(p -> p.name().equals(impl)).map(JvmDescription.Provider::reason).findFirst()
                .orElse("no such implementation on this JVM's class path");
    }

    /**
     * Flags every JVM whyrelu starts on this JDK gets besides the run's own: from JDK 23 on,
     * permission for the {@code sun.misc.Unsafe} reads of JMH (field offsets) and AlignedFloats
     * (the array base offset), which JDK 24 and later warn about in every fork and child otherwise.
     */
    public List<String> quietFlags() {
        return JdkInstallation.feature(version()) >= 23 ? List.of("--sun-misc-unsafe-memory-access=allow") : List.of();
    }

    public String label() {
        return "JDK " + version() + " (" + vendor() + ")" + (flags.isEmpty() ? "" : " " + String.join(" ", flags));
    }
}
