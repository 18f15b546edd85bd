package io.whyrelu.resultmodel.jmh;

import java.util.List;
import java.util.Map;

/**
 * One benchmark × params × JVM record of a JMH JSON file. Fields that older JMH versions do not
 * write (jdkVersion, vmName, vmVersion, jmhVersion) are empty strings; jvmArgs is empty when absent.
 */
public record JmhResult(String benchmark, String mode, int threads, int forks, String jvm, List<String> jvmArgs, String jdkVersion,
        String vmName, String vmVersion, String jmhVersion, int warmupIterations, int measurementIterations,
        Map<String, String> params, Metric primary, Map<String, Metric> secondaries) {

    /** The method name after the last dot: "kernel" for io.x.KernelThroughput.kernel. */
    public String method() {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    /** Class simple name and method: "KernelThroughput.kernel". */
    public String shortName() {
        int method = benchmark.lastIndexOf('.');
        int cls = benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(cls + 1);
    }

    /** "activation=relu impl=simd n=256": the params sorted by name, for listings. */
    public String paramsText() {
        return paramsText(params);
    }

    public static String paramsText(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        new java.util.TreeMap<>(params).forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return sb.toString();
    }

    public String param(String name) {
        return params.get(name);
    }

    /** A label for the JVM: "JDK 17.0.15 (OpenJDK 64-Bit Server VM)", or the path for old files. */
    /**
     * The JVM options that define what was measured: jvmArgs without the ones naming a file of
     * this run (whyrelu's forks append their warm-up outcome to one), which differ between any two
     * runs and would make every comparison warn that the options differ.
     */
    public List<String> configurationArgs() {
        return jvmArgs.stream().filter(a -> !a.startsWith("-D" + RUN_FILE_PROPERTY + "=")).toList();
    }

    /** The fork property naming the run's warm-up log (bench's SteadyStateWarmup.LOG_PROPERTY). */
    public static final String RUN_FILE_PROPERTY = "whyrelu.warmup.log";

    /**
     * The JDK, and the -XX: flags its forks ran with: a fork with -XX:UseAVX=2 runs other code than
     * one without, so its results are another series (heap sizes and -D properties are not).
     */
    public String jvmLabel() {
        String flags = jvmArgs.stream().filter(a -> a.startsWith("-XX:")).map(a -> " " + a).collect(java.util.stream.Collectors.joining());
        if (!jdkVersion.isEmpty()) {
            return "JDK " + jdkVersion + (vmName.isEmpty() ? "" : " (" + vmName + ")") + flags;
        }
        return jvm.isEmpty() ? "unknown JVM" : jvm;
    }

    /** Identity for matching across runs: benchmark, mode, params and JVM version. */
    public String key() {
        return key(benchmark, mode, params, jvmLabel());
    }

    /** The {@link #key()} of a result described by its parts, e.g. in whyrelu's own result files. */
    public static String key(String benchmark, String mode, Map<String, String> params, String jvmLabel) {
        return benchmark + " " + mode + " " + new java.util.TreeMap<>(params) + " " + jvmLabel;
    }
}
