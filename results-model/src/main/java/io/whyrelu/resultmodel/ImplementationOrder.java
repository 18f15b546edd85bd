package io.whyrelu.resultmodel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The order tables show kernel implementations in: the baseline first (the portable one, which the
 * JVM listed last among its providers: scalar), then the others from the plainest to the best,
 * so that each speed-up column is "implementation / baseline". Names come from the data; none is
 * written into a table.
 */
public final class ImplementationOrder {

    private ImplementationOrder() {}

    /**
     * @param measured  the implementations a file has results for
     * @param bestFirst the providers as the JVM listed them, best first (empty when unknown: then by name)
     */
    public static List<String> baselineFirst(Collection<String> measured, List<String> bestFirst) {
        List<String> out = new ArrayList<>(new LinkedHashSet<>(measured));
        out.sort(Comparator.comparingInt((String impl) -> rank(impl, bestFirst)).thenComparing(Comparator.naturalOrder()));
        return out;
    }

    /** The first of {@link #baselineFirst}, or null when nothing was measured. */
    public static String baseline(Collection<String> measured, List<String> bestFirst) {
        List<String> order = baselineFirst(measured, bestFirst);
        return order.isEmpty() ? null : order.get(0);
    }

    /** Lower for plainer: the JVM's last provider ranks first; unknown names after every known one. */
    private static int rank(String impl, List<String> bestFirst) {
        int i = bestFirst.indexOf(impl);
        return i < 0 ? Integer.MAX_VALUE : bestFirst.size() - 1 - i;
    }
}
