package io.whyrelu.bench.env;

import io.whyrelu.resultmodel.manifest.Environment;

/** This JVM and machine: what {@code whyrelu env --json} prints and manifests record. */
public final class EnvReport {

    private EnvReport() {}

    public static Environment describe(String toolVersion) {
        return new Environment(toolVersion, LocalMachine.host(), LocalMachine.jvm(), JdkFinder.find().stream()
                .map(j -> new Environment.Jdk(j.home().toString(), j.version(), j.vendor())).toList());
    }
}
