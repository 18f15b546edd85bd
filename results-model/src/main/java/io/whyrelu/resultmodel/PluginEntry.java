package io.whyrelu.resultmodel;

import java.util.Map;

/**
 * A plug-in activation a run or accuracy suite used: its id, where it came from (jar file name or
 * "class path"), its class, and how each implementation computes it, e.g.
 * {@code {"scalar": "float form", "simd": "float form, element by element (no vector form)"}}.
 * In manifest.json and accuracy.json under {@code plugins}.
 */
public record PluginEntry(String id, String source, String className, Map<String, String> forms) {

    public PluginEntry {
        forms = forms == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(forms));
    }

    /** The id of an activation spec: "squareplus" of "squareplus:b=2". */
    public static String idOf(String spec) {
        int colon = spec.indexOf(':');
        return colon < 0 ? spec : spec.substring(0, colon);
    }

    /** "plug-in from squareplus.jar; simd: float form, element by element (no vector form)": a figure's note. */
    public String note() {
        StringBuilder sb = new StringBuilder("plug-in from " + source);
        forms.forEach((impl, form) -> sb.append("; ").append(impl).append(": ").append(form));
        return sb.toString();
    }

    /** Whether some implementation runs this plug-in without its own form (the SIMD kernel without a vector form). */
    public boolean fallsBack() {
        return forms.values().stream().anyMatch(f -> f.contains("no vector form"));
    }
}
