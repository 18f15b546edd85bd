package io.whyrelu.cli;

import io.whyrelu.bench.env.EnvReport;
import io.whyrelu.bench.env.JdkFinder;
import io.whyrelu.bench.env.JdkInstallation;
import io.whyrelu.bench.env.LocalMachine;
import io.whyrelu.bench.yardstick.NativeYardstick;
import io.whyrelu.resultmodel.manifest.Host;
import io.whyrelu.resultmodel.manifest.JvmDescription;
import io.whyrelu.resultmodel.json.Json;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code whyrelu env}: the JVM, the vector hardware and which kernels run here, and why. */
@Command(name = "env", mixinStandardHelpOptions = true,
        description = "Show the JVM, vector species and FMA, the JDKs found, which kernel providers are active and why, and what --native can use.")
public final class EnvCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print JSON (for tools; `whyrelu run --jvm` uses it to describe other JVMs).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Host host = LocalMachine.host();
        JvmDescription jvm = LocalMachine.jvm();
        var jdks = JdkFinder.find();
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(EnvReport.describe(Version.get())));
            out.flush();
            return ExitCodes.OK;
        }
        out.printf("whyrelu %s%n%n", Version.get());
        out.printf("Host     %s, %s %s%n", host.hostname(), host.os(), host.arch());
        out.printf("CPU      %s, %d logical cores, SIMD flags: %s%n", host.cpuModel(), host.cores(),
                host.cpuFlags().isEmpty() ? "unknown" : String.join(" ", host.cpuFlags()));
        out.printf("JVM      %s %s (%s)%n", jvm.vendor(), jvm.version(), jvm.vmName());
        out.printf("         %s%n", jvm.javaHome());
        out.printf("Vectors  %s%n", jvm.vectorBits() == 0 ? "not in use (see providers)"
                : jvm.vectorSpecies() + ", " + jvm.vectorBits() + " bits");
        out.printf("FMA      %s%n", jvm.fma() ? "yes (HotSpot UseFMA)" : "no: vector code uses separate multiply and add");
        out.printf("%nKernel providers (best first):%n");
        for (var p : jvm.providers()) {
            out.printf("  %-7s %-12s %s%s%n", p.name(), p.available() ? "available" : "unavailable", p.reason(),
                    p.name().equals(jvm.preferredProvider()) ? "   <- active" : "");
        }
        out.printf("%nJDKs found (usable with `whyrelu run --jvm PATH` when ≥ 17):%n");
        for (JdkInstallation jdk : jdks) {
            out.printf("  %-10s %-22s %s%s%n", jdk.version(), jdk.vendor(), jdk.home(), jdk.feature() >= 17 ? "" : "   (too old)");
        }
        out.printf("%nNative yardstick (`whyrelu run --native DIR`):%n");
        NativeYardstick.readiness().forEach(line -> out.printf("  %s%n", line));
        out.flush();
        return ExitCodes.OK;
    }
}
