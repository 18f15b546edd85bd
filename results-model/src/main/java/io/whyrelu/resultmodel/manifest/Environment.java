package io.whyrelu.resultmodel.manifest;

import java.util.List;

/** {@code whyrelu env --json}: this machine and JVM, and the JDKs found on it; a run describes each --jvm with it. */
public record Environment(String tool, Host host, JvmDescription jvm, List<Jdk> jdks) {

    /** A JDK installation found on the machine. */
    public record Jdk(String home, String version, String vendor) {}
}
