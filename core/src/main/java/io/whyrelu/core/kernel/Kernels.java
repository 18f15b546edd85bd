package io.whyrelu.core.kernel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The lookup of kernel implementations: every provider on the class path, whether it can run here
 * and why, and the preferred one. Falling back is never silent: {@link Selection#fallbacks()}
 * carries the reason of every better provider that was passed over.
 */
public final class Kernels {

    /** A provider and what it said about this JVM. */
    public record Status(KernelProvider provider, Availability availability) {
        public String name() {
            return provider.name();
        }
    }

    /** The chosen provider and, for each preferred one passed over, why. */
    public record Selection(KernelProvider provider, List<String> fallbacks) {}

    private static volatile List<Status> cache;

    private Kernels() {}

    /** Every provider found, best first, with its availability on this JVM. */
    public static List<Status> providers() {
        List<Status> statuses = cache;
        if (statuses == null) {
            var found = new ArrayList<Status>();
            for (KernelProvider provider : ServiceLoader.load(KernelProvider.class, Kernels.class.getClassLoader())) {
                found.add(new Status(provider, provider.availability()));
            }
            found.sort(Comparator.comparingInt((Status s) -> s.provider().priority()).reversed());
            statuses = cache = List.copyOf(found);
        }
        return statuses;
    }

    /** Names of every provider found, available or not. */
    public static List<String> names() {
        return providers().stream().map(Status::name).collect(Collectors.toUnmodifiableList());
    }

    /**
     * A comma-separated list of provider names (a command line's {@code --impls}), trimmed and
     * without repeats, in the given order.
     *
     * @throws IllegalArgumentException naming the first unknown entry and listing the known ones
     */
    public static List<String> parseNames(String list) {
        List<String> known = names();
        var result = new LinkedHashSet<String>();
        for (String s : list.split(",", -1)) {
            String name = s.trim();
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown implementation '" + name + "'; valid: " + String.join(", ", known));
            }
            result.add(name);
        }
        return List.copyOf(result);
    }

    /**
     * The provider called {@code name}.
     *
     * @throws IllegalArgumentException   if no provider has that name (the message lists them)
     * @throws KernelUnavailableException if it exists but cannot run here (the message says why)
     */
    public static KernelProvider get(String name) {
        for (Status status : providers()) {
            if (status.name().equals(name)) {
                if (!status.availability().available()) {
                    throw new KernelUnavailableException(
                            "kernel implementation '" + name + "' is unavailable: " + status.availability().reason());
                }
                return status.provider();
            }
        }
        throw new IllegalArgumentException("unknown kernel implementation '" + name + "'; found: "
                + String.join(", ", names()));
    }

    /** The best available provider, with the reasons for every better one that is not. */
    public static Selection preferred() {
        var fallbacks = new ArrayList<String>();
        for (Status status : providers()) {
            if (status.availability().available()) {
                return new Selection(status.provider(), List.copyOf(fallbacks));
            }
            fallbacks.add(status.name() + ": " + status.availability().reason());
        }
        throw new KernelUnavailableException("no kernel implementation can run on this JVM"
                + (fallbacks.isEmpty() ? " (none found on the class path)" : ": " + String.join("; ", fallbacks)));
    }
}
