package io.whyrelu.cli;

import io.whyrelu.reports.compare.Comparison;
import io.whyrelu.reports.compare.ComparisonFormat;
import io.whyrelu.reports.compare.Change;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How a gate's outcome is printed and what fails it: shared by compare and history check (a picocli mixin). */
final class GateVerdictOptions {

    /** What makes the gate exit 1. */
    enum FailOn {
        /** A REGRESSED row, or an accuracy regression. */
        REGRESSION,
        /** A row beyond the threshold that these samples cannot decide (TOO_FEW). */
        TOO_FEW,
        /** A baseline benchmark that the current run does not have. */
        MISSING,
        NEVER
    }

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "text", description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
    ComparisonFormat format;

    @Option(names = "--fail-on", paramLabel = "WHEN", defaultValue = "regression", split = ",", converter = FailOnConverter.class,
            description = "Comma-separated: regression (the default), too-few (a change beyond the threshold that the samples "
                    + "cannot decide), missing (a baseline benchmark absent from the current run); or never.")
    List<FailOn> failOn;

    /** "too-few" as written on the command line is TOO_FEW. */
    static final class FailOnConverter implements CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            try {
                return FailOn.valueOf(value.trim().replace('-', '_').toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not one of: regression, too-few, missing, never");
            }
        }
    }

    ComparisonFormat format() {
        return format;
    }

    Set<FailOn> failOn() {
        Set<FailOn> set = EnumSet.copyOf(failOn);
        if (set.contains(FailOn.NEVER) && set.size() > 1) {
            throw new UsageException("--fail-on never cannot be combined with " + set.stream().filter(f -> f != FailOn.NEVER)
                    .map(f -> f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).collect(java.util.stream.Collectors.joining(",")));
        }
        return set;
    }

    /** Whether the comparison fails the gate: checks the options first, so bad ones are reported before any work. */
    boolean fails(Comparison c) {
        Set<FailOn> fail = failOn();
        return fail.contains(FailOn.REGRESSION) && c.hasRegression()
                || fail.contains(FailOn.TOO_FEW) && c.count(Change.TOO_FEW) > 0
                || fail.contains(FailOn.MISSING) && !c.onlyInBaseline().isEmpty();
    }
}
