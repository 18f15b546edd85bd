package io.whyrelu.bench.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;

/**
 * A JVM the benchmarks fork onto, with the flags every fork of it gets (--jvm-args) and what
 * {@code whyrelu env --json} reported from inside it started with those flags: version, vector
 * species, FMA, and which kernel implementations can run there. The flags are part of the
 * description because they change it: {@code -XX:UseAVX=2} halves the species on an AVX-512 core.
 */
public record JvmTarget(Path java, List<String> flags, String vendor, String version, String species, int vectorBits,
        boolean fma, List<String> availableImpls, JsonNode description) {

    public boolean supports(String impl) {
        return availableImpls.contains(impl);
    }

    /** Floats per preferred vector: 0 when the Vector API is not in use there. */
    public int lanes() {
        return vectorBits / 32;
    }

    /** The reason an implementation is unavailable here, from the JVM's own report. */
    public String reasonUnavailable(String impl) {
        for (JsonNode p : description.path("jvm").path("providers")) {
            if (p.path("name").asText().equals(impl)) {
                return p.path("reason").asText();
            }
        }
        return "no such implementation on this JVM's class path";
    }

    public String label() {
        return "JDK " + version + " (" + vendor + ")" + (flags.isEmpty() ? "" : " " + String.join(" ", flags));
    }
}
