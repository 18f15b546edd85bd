package io.whyrelu.core.activation;

import io.whyrelu.core.activation.spi.PluginRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The activation catalogue and the loaded plug-ins ({@link PluginRegistry#current()}): every id
 * with default parameters, and the parser for specs such as {@code elu:alpha=2} or
 * {@code squareplus:b=2}. Parse errors are {@link IllegalArgumentException}s whose message names
 * the problem and lists what is valid.
 */
public final class Activations {

    private Activations() {}

    /** Every activation of the catalogue with its default parameters, in catalogue order, then every plug-in's. */
    public static List<Activation> all() {
        return Stream.concat(ActivationKind.CATALOGUE.stream().map(Activations::defaults),
                PluginRegistry.current().plugins().stream().map(p -> create(p, defaults(p.plugin().parameters()))))
                .collect(Collectors.toUnmodifiableList());
    }

    public static Activation defaults(ActivationKind kind) {
        return kind.create(defaults(kind.parameters()));
    }

    /** All valid ids, comma separated, for messages and help texts. */
    public static String validIds() {
        return Stream.concat(ActivationKind.CATALOGUE.stream().map(ActivationKind::id),
                PluginRegistry.current().plugins().stream().map(p -> p.plugin().id())).collect(Collectors.joining(", "));
    }

    /** Whether an id belongs to the catalogue (a plug-in may not take it). */
    public static boolean isCatalogueId(String id) {
        return ActivationKind.CATALOGUE.stream().anyMatch(k -> k.id().equals(id));
    }

    /** Parses a comma-separated list of specs; {@code all} stands for the whole catalogue and every plug-in. */
    public static List<Activation> parseList(String list) {
        if (list == null || list.isBlank()) {
            throw new IllegalArgumentException("empty activation list; valid ids: " + validIds());
        }
        if (list.trim().equals("all")) {
            return all();
        }
        var result = new ArrayList<Activation>();
        for (String spec : list.split(",", -1)) {
            Activation activation = parse(spec);
            if (!result.contains(activation)) {
                result.add(activation);
            }
        }
        return List.copyOf(result);
    }

    /** Parses {@code id[:name=value]...}. */
    public static Activation parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("empty activation spec; valid ids: " + validIds());
        }
        String[] parts = spec.trim().split(":", -1);
        String id = parts[0].trim();
        var kind = ActivationKind.CATALOGUE.stream().filter(k -> k.id().equals(id)).findFirst();
        if (kind.isPresent()) {
            return parse(spec, parts, id, kind.get().parameters(), kind.get()::create);
        }
        var plugin = PluginRegistry.current().find(id)
                .orElseThrow(() -> new IllegalArgumentException("unknown activation '" + id + "'; valid ids: " + validIds()));
        return parse(spec, parts, id, plugin.plugin().parameters(), values -> create(plugin, values));
    }

    private static Activation parse(String spec, String[] parts, String id, List<Parameter> declared,
            Function<double[], Activation> factory) {
        double[] values = defaults(declared);
        boolean[] seen = new boolean[values.length];
        for (int p = 1; p < parts.length; p++) {
            String assignment = parts[p].trim();
            int eq = assignment.indexOf('=');
            if (declared.isEmpty()) {
                throw new IllegalArgumentException(id + " takes no parameters, got '" + assignment + "'");
            }
            if (eq <= 0 || eq == assignment.length() - 1) {
                throw new IllegalArgumentException("malformed parameter '" + assignment + "' in '" + spec.trim()
                        + "': expected name=value, valid names for " + id + ": " + names(declared));
            }
            String name = assignment.substring(0, eq).trim();
            int index = indexOf(declared, name);
            if (index < 0) {
                throw new IllegalArgumentException("unknown parameter '" + name + "' for " + id
                        + "; valid: " + names(declared));
            }
            if (seen[index]) {
                throw new IllegalArgumentException("parameter '" + name + "' given twice in '" + spec.trim() + "'");
            }
            seen[index] = true;
            values[index] = declared.get(index).validate(id, number(id, name, assignment.substring(eq + 1).trim()));
        }
        return factory.apply(values);
    }

    private static double[] defaults(List<Parameter> declared) {
        return declared.stream().mapToDouble(Parameter::defaultValue).toArray();
    }

    private static Activation create(PluginRegistry.Loaded plugin, double[] values) {
        return new PluginActivation(plugin, values);
    }

    private static double number(String id, String name, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(id + " parameter " + name + " must be a number, got '" + text + "'", e);
        }
    }

    private static int indexOf(List<Parameter> declared, String name) {
        for (int i = 0; i < declared.size(); i++) {
            if (declared.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String names(List<Parameter> declared) {
        return declared.stream().map(Parameter::name).collect(Collectors.joining(", "));
    }
}
