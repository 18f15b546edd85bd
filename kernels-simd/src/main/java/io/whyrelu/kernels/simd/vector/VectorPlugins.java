package io.whyrelu.kernels.simd.vector;

import io.whyrelu.core.activation.PluginActivation;
import io.whyrelu.core.activation.spi.PluginException;
import io.whyrelu.core.activation.spi.PluginRegistry;
import io.whyrelu.kernels.simd.spi.VectorActivationPlugin;
import io.whyrelu.kernels.simd.spi.VectorForm;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a plug-in's vector form: a {@link VectorActivationPlugin} with its id, among the services
 * the plug-in registry's class loader sees (the --plugin jars, then the class path). Cached per
 * plug-in instance and parameter values.
 */
public final class VectorPlugins {

    /** Keyed by the plug-in instance (identity: a registry installed again loads new ones) and the parameter values. */
    private static final ConcurrentHashMap<List<Object>, Optional<VectorForm>> FORMS = new ConcurrentHashMap<>();

    private VectorPlugins() {}

    /** The vector form of this plug-in activation, or empty when the plug-in has none. */
    public static Optional<VectorForm> form(PluginActivation activation) {
        return FORMS.computeIfAbsent(List.of(activation.plugin(), Arrays.toString(activation.parameterValues())), k -> find(activation));
    }

    private static Optional<VectorForm> find(PluginActivation a) {
        ClassLoader loader = PluginRegistry.current().classLoader();
        try {
            for (VectorActivationPlugin p : ServiceLoader.load(VectorActivationPlugin.class, loader)) {
                if (a.id().equals(p.id())) {
                    VectorForm form = p.create(a.parameterValues());
                    if (form == null) {
                        throw new PluginException("activation plug-in " + a.describe() + ": its vector form "
                                + p.getClass().getName() + " created null");
                    }
                    return Optional.of(form);
                }
            }
            return Optional.empty();
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            if (e instanceof PluginException pe) {
                throw pe;
            }
            throw new PluginException("activation plug-in " + a.describe() + ": its vector form cannot be loaded: " + e, e);
        }
    }
}
