package io.whyrelu.resultmodel.manifest;

import java.util.List;

/**
 * One JVM the benchmarks forked onto: its path, its own description (made with the run's
 * --jvm-args, which can change it: -XX:UseAVX=2 halves the species), the flags every fork got,
 * and how the fork heap and the roofline probe were set.
 */
public record JvmEntry(String java, JvmDescription description, List<String> forkFlags, List<String> jvmArgs, String forkHeap,
        String roofline) {

    public JvmEntry {
        forkFlags = forkFlags == null ? List.of() : List.copyOf(forkFlags);
        jvmArgs = jvmArgs == null ? List.of() : List.copyOf(jvmArgs);
    }
}
