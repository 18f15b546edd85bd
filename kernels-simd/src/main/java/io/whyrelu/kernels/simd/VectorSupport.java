package io.whyrelu.kernels.simd;

import com.sun.management.HotSpotDiagnosticMXBean;
import io.whyrelu.core.kernel.Availability;
import java.lang.management.ManagementFactory;
import java.util.Optional;

/**
 * Decides whether the Vector API is worth using on this JVM, in the spirit of Lucene's
 * VectorizationProvider: only where C2 compiles it to real SIMD instructions. Anything else
 * (module missing, interpreter, C1 only, no FMA, vectors under 128 bits) would be slower than
 * scalar loops, so the provider reports itself unavailable and says why.
 */
public final class VectorSupport {

    static final String MODULE = "jdk.incubator.vector";
    private static final String BACKEND = "io.whyrelu.kernels.simd.vector.PanamaBackend";

    /** The outcome of the checks: the backend if usable, else the reason. */
    record Probe(Availability availability, SimdBackend backend) {}

    private VectorSupport() {}

    static Probe probe() {
        if (ModuleLayer.boot().findModule(MODULE).isEmpty()) {
            return unavailable("the " + MODULE + " module is not in the boot layer (start the JVM with --add-modules "
                    + MODULE + ")");
        }
        Optional<String> compilerProblem = compilerProblem();
        if (compilerProblem.isPresent()) {
            return unavailable(compilerProblem.get());
        }
        if (!hotspotUsesFma()) {
            return unavailable("HotSpot does not use FMA instructions here (UseFMA is false): vector fma would be "
                    + "emulated lane by lane, far slower than scalar");
        }
        SimdBackend backend;
        try {
            backend = (SimdBackend) Class.forName(BACKEND).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return unavailable("the Vector API could not be initialised: " + e);
        }
        if (backend.vectorBitSize() < 128) {
            return unavailable("the preferred vector species is " + backend.species() + ", " + backend.vectorBitSize()
                    + " bits; below 128 bits SIMD is slower than scalar (check -XX:MaxVectorSize and -XX:UseAVX)");
        }
        return new Probe(Availability.available(backend.species() + ", FMA"), backend);
    }

    private static Probe unavailable(String reason) {
        return new Probe(Availability.unavailable(reason), null);
    }

    /** Why HotSpot's C2 will not compile vector code here, if it will not. */
    private static Optional<String> compilerProblem() {
        HotSpotDiagnosticMXBean hotspot;
        try {
            hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        } catch (RuntimeException | LinkageError e) {
            hotspot = null;
        }
        if (hotspot == null) {
            return Optional.of("not a HotSpot JVM: only HotSpot's C2 is known to compile the Vector API to SIMD");
        }
        if ("false".equals(option(hotspot, "UseCompiler"))) {
            return Optional.of("the JIT compiler is disabled (-Xint): vector code would run interpreted");
        }
        String stopAt = option(hotspot, "TieredStopAtLevel");
        if ("true".equals(option(hotspot, "TieredCompilation")) && stopAt != null && Integer.parseInt(stopAt) < 4) {
            return Optional.of("C2 is disabled (-XX:TieredStopAtLevel=" + stopAt
                    + "): only C2 compiles the Vector API to SIMD instructions");
        }
        return Optional.empty();
    }

    static String option(HotSpotDiagnosticMXBean hotspot, String name) {
        try {
            return hotspot.getVMOption(name).getValue();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** HotSpot's UseFMA: whether Math.fma and vector fma compile to FMA instructions here. */
    public static boolean hotspotUsesFma() {
        try {
            return "true".equals(option(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class), "UseFMA"));
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
