package io.whyrelu.core.activation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The activation catalogue: every id with default parameters, and the parser for specs such as
 * {@code elu:alpha=2} or {@code leaky-relu:alpha=1.5}. Parse errors are
 * {@link IllegalArgumentException}s whose message names the problem and lists what is valid.
 */
public final class Activations {

    private Activations() {}

    /** Every activation of the catalogue with its default parameters, in catalogue order. */
    public static List<Activation> all() {
        return Arrays.stream(ActivationKind.values())
                .map(Activations::defaults)
                .collect(Collectors.toUnmodifiableList());
    }

    public static Activation defaults(ActivationKind kind) {
        return kind.create(kind.parameters().stream().mapToDouble(Parameter::defaultValue).toArray());
    }

    /** All valid ids, comma separated, for messages and help texts. */
    public static String validIds() {
        return Arrays.stream(ActivationKind.values()).map(ActivationKind::id).collect(Collectors.joining(", "));
    }

    /** Parses a comma-separated list of specs; {@code all} stands for the whole catalogue. */
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
        ActivationKind kind = kindOf(parts[0].trim());
        List<Parameter> declared = kind.parameters();
        double[] values = declared.stream().mapToDouble(Parameter::defaultValue).toArray();
        boolean[] seen = new boolean[values.length];
        for (int p = 1; p < parts.length; p++) {
            String assignment = parts[p].trim();
            int eq = assignment.indexOf('=');
            if (declared.isEmpty()) {
                throw new IllegalArgumentException(kind.id() + " takes no parameters, got '" + assignment + "'");
            }
            if (eq <= 0 || eq == assignment.length() - 1) {
                throw new IllegalArgumentException("malformed parameter '" + assignment + "' in '" + spec.trim()
                        + "': expected name=value, valid names for " + kind.id() + ": " + names(declared));
            }
            String name = assignment.substring(0, eq).trim();
            int index = indexOf(declared, name);
            if (index < 0) {
                throw new IllegalArgumentException("unknown parameter '" + name + "' for " + kind.id()
                        + "; valid: " + names(declared));
            }
            if (seen[index]) {
                throw new IllegalArgumentException("parameter '" + name + "' given twice in '" + spec.trim() + "'");
            }
            seen[index] = true;
            values[index] = declared.get(index).validate(kind.id(), number(kind, name, assignment.substring(eq + 1).trim()));
        }
        return kind.create(values);
    }

    private static ActivationKind kindOf(String id) {
        for (ActivationKind kind : ActivationKind.values()) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + id + "'; valid ids: " + validIds());
    }

    private static double number(ActivationKind kind, String name, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    kind.id() + " parameter " + name + " must be a number, got '" + text + "'", e);
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
