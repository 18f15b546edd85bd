package io.whyrelu.bench.plugin;

import io.whyrelu.core.activation.Activation;
import io.whyrelu.core.activation.PluginActivation;
import io.whyrelu.core.kernel.KernelProvider;
import io.whyrelu.resultmodel.PluginEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code plugins} entries of manifest.json and accuracy.json: each plug-in activation used, and how each implementation computes it. */
public final class PluginEntries {

    private PluginEntries() {}

    public static List<PluginEntry> of(List<Activation> activations, List<KernelProvider> providers) {
        Map<String, PluginEntry> entries = new LinkedHashMap<>();
        for (Activation a : activations) {
            if (a instanceof PluginActivation p && !entries.containsKey(p.id())) {
                Map<String, String> forms = new LinkedHashMap<>();
                providers.forEach(k -> forms.put(k.name(), k.activationForm(p)));
                entries.put(p.id(), new PluginEntry(p.id(), p.source(), p.plugin().getClass().getName(), forms));
            }
        }
        return List.copyOf(entries.values());
    }
}
