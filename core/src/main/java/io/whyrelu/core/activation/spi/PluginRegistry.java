package io.whyrelu.core.activation.spi;

import io.whyrelu.core.activation.Activations;
import io.whyrelu.core.activation.Parameter;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The activation plug-ins of this JVM: those on the class path and those in the jars named with
 * {@code --plugin}. A run passes its jars to every JVM it starts (JMH forks, the accuracy child) in
 * the system property {@value #PROPERTY}, so each loads the same plug-ins. Every defect found while
 * loading (missing jar, no service entry, a class that does not load, a bad or colliding id, bad
 * parameter declarations) is a {@link PluginException} naming the jar and class.
 */
public final class PluginRegistry {

    /** The plug-in jars of this JVM, separated by {@link File#pathSeparator}. */
    public static final String PROPERTY = "whyrelu.plugins";
    static final String SERVICE_ENTRY = "META-INF/services/" + ActivationPlugin.class.getName();
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    /** One loaded plug-in and where it came from: its jar's file name, or "class path". */
    public record Loaded(ActivationPlugin plugin, String source) {
        public String describe() {
            return plugin.id() + " (" + plugin.getClass().getName() + " from " + source + ")";
        }
    }

    private static volatile PluginRegistry current;

    private final List<Path> jars;
    private final List<Loaded> plugins;
    private final ClassLoader loader;

    private PluginRegistry(List<Path> jars, List<Loaded> plugins, ClassLoader loader) {
        this.jars = jars;
        this.plugins = plugins;
        this.loader = loader;
    }

    /** This JVM's plug-ins: the class path's, and those of the jars in {@value #PROPERTY}, loaded on first use. */
    public static PluginRegistry current() {
        PluginRegistry r = current;
        if (r == null) {
            synchronized (PluginRegistry.class) {
                r = current;
                if (r == null) {
                    r = current = load(fromProperty(System.getProperty(PROPERTY)));
                }
            }
        }
        return r;
    }

    /**
     * Loads the plug-ins of these jars (and the class path) and makes them this JVM's, and the
     * JVMs' it starts ({@link #forkProperty()}).
     *
     * @throws PluginException naming the jar or plug-in at fault; nothing changes then
     */
    public static synchronized PluginRegistry install(List<Path> jars) {
        PluginRegistry r = load(jars);
        current = r;
        if (r.jars.isEmpty()) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, r.jarList());
        }
        return r;
    }

    public List<Loaded> plugins() {
        return plugins;
    }

    /** The absolute paths of the jars named with --plugin, in order. */
    public List<Path> jars() {
        return jars;
    }

    public Optional<Loaded> find(String id) {
        return plugins.stream().filter(p -> p.plugin().id().equals(id)).findFirst();
    }

    /** The loader of plug-in classes: where kernels look for a plug-in's other services (its vector form). */
    public ClassLoader classLoader() {
        return loader;
    }

    /** {@code -Dwhyrelu.plugins=...} for a JVM this one starts, or nothing without plug-in jars. */
    public List<String> forkProperty() {
        return jars.isEmpty() ? List.of() : List.of("-D" + PROPERTY + "=" + jarList());
    }

    private String jarList() {
        return jars.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    static List<Path> fromProperty(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split(Pattern.quote(File.pathSeparator))).filter(s -> !s.isBlank()).map(Path::of).toList();
    }

    static PluginRegistry load(List<Path> jars) {
        List<Path> absolute = new ArrayList<>();
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars) {
            Path a = checkJar(jar);
            if (!absolute.contains(a)) {
                absolute.add(a);
                urls.add(url(a));
            }
        }
        ClassLoader parent = PluginRegistry.class.getClassLoader();
        ClassLoader loader = urls.isEmpty() ? parent : new URLClassLoader("whyrelu-plugins", urls.toArray(URL[]::new), parent);
        List<Loaded> found = new ArrayList<>();
        var providers = ServiceLoader.load(ActivationPlugin.class, loader).stream().iterator();
        while (true) {
            ServiceLoader.Provider<ActivationPlugin> provider;
            try {
                if (!providers.hasNext()) {
                    break;
                }
                provider = providers.next();
            } catch (ServiceConfigurationError e) {
                throw new PluginException("cannot load an activation plug-in from " + describe(absolute) + ": " + message(e), e);
            }
            found.add(instantiate(provider));
        }
        check(found);
        return new PluginRegistry(List.copyOf(absolute), List.copyOf(found), loader);
    }

    private static Path checkJar(Path jar) {
        Path a = jar.toAbsolutePath().normalize();
        if (!Files.isRegularFile(a)) {
            throw new PluginException("plug-in jar " + jar + " does not exist or is not a file");
        }
        try (JarFile file = new JarFile(a.toFile())) {
            if (file.getEntry(SERVICE_ENTRY) == null) {
                throw new PluginException("plug-in jar " + jar + " declares no activation plug-in: it has no " + SERVICE_ENTRY);
            }
        } catch (IOException e) {
            throw new PluginException("plug-in jar " + jar + " is not a readable jar: " + e.getMessage(), e);
        }
        return a;
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new PluginException("plug-in jar " + jar + ": " + e.getMessage(), e);
        }
    }

    private static Loaded instantiate(ServiceLoader.Provider<ActivationPlugin> provider) {
        String source = "class path";
        try {
            var location = provider.type().getProtectionDomain().getCodeSource();
            if (location != null && location.getLocation().getPath().endsWith(".jar")) {
                source = Path.of(location.getLocation().toURI()).getFileName().toString();
            }
            return new Loaded(provider.get(), source);
        } catch (ServiceConfigurationError | RuntimeException | LinkageError | java.net.URISyntaxException e) {
            throw new PluginException("activation plug-in " + provider.type().getName() + " from " + source
                    + " cannot be instantiated: " + message(e), e);
        }
    }

    /** Ids well formed, not the catalogue's, not repeated; parameter declarations sound. */
    private static void check(List<Loaded> plugins) {
        var seen = new java.util.HashMap<String, Loaded>();
        for (Loaded p : plugins) {
            String id;
            List<Parameter> parameters;
            try {
                id = p.plugin().id();
                parameters = p.plugin().parameters();
            } catch (RuntimeException | LinkageError e) {
                throw new PluginException("activation plug-in " + p.plugin().getClass().getName() + " from " + p.source()
                        + " failed to give its id or parameters: " + e, e);
            }
            if (id == null || !ID.matcher(id).matches()) {
                throw new PluginException("activation plug-in " + p.plugin().getClass().getName() + " from " + p.source()
                        + " has id '" + id + "': ids are lower-case letters, digits and '-', starting with a letter");
            }
            if (Activations.isCatalogueId(id)) {
                throw new PluginException("activation plug-in " + p.describe() + " collides with the built-in activation '" + id
                        + "'; give it another id");
            }
            Loaded other = seen.putIfAbsent(id, p);
            if (other != null) {
                throw new PluginException("two activation plug-ins have the id '" + id + "': " + other.describe() + " and "
                        + p.describe());
            }
            checkParameters(p, parameters);
        }
    }

    private static void checkParameters(Loaded p, List<Parameter> parameters) {
        if (parameters == null) {
            throw new PluginException("activation plug-in " + p.describe() + " declares parameters null; return List.of()");
        }
        var names = new HashSet<String>();
        for (Parameter parameter : parameters) {
            if (parameter == null || parameter.name() == null || !ID.matcher(parameter.name()).matches()) {
                throw new PluginException("activation plug-in " + p.describe() + " declares a parameter named '"
                        + (parameter == null ? null : parameter.name()) + "': names are lower-case letters, digits and '-'");
            }
            if (!names.add(parameter.name())) {
                throw new PluginException("activation plug-in " + p.describe() + " declares parameter '" + parameter.name() + "' twice");
            }
            try {
                parameter.check(p.plugin().id());
            } catch (IllegalArgumentException e) {
                throw new PluginException("activation plug-in " + p.describe() + ": the default of " + e.getMessage(), e);
            }
        }
    }

    private static String describe(List<Path> jars) {
        return jars.isEmpty() ? "the class path" : jars.stream().map(j -> j.getFileName().toString()).collect(Collectors.joining(", "))
                + " or the class path";
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
    }
}
