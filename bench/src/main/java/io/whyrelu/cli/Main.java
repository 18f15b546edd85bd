package io.whyrelu.cli;

import io.whyrelu.core.activation.spi.PluginException;
import io.whyrelu.core.kernel.KernelUnavailableException;
import io.whyrelu.reports.run.LockHeldException;
import io.whyrelu.resultmodel.jmh.InvalidResultsException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code whyrelu} command line. */
@Command(name = "whyrelu", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Benchmarks and convexity checks for activation-and-sum kernels on the JVM.",
        subcommands = {RunCommand.class, AccuracyCommand.class, CompareCommand.class, CalibrateCommand.class, ReportCommand.class, HistoryCommand.class,
            ExportCommand.class,
            EnvCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (tests call this instead of main). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return configure(new CommandLine(new Main()));
    }

    /** The settings every command line of ours has: the error handlers (exit 2 for user errors) and enum values in any case. */
    static CommandLine configure(CommandLine cl) {
        cl.setParameterExceptionHandler(Main::badParameters);
        cl.setExecutionExceptionHandler(Main::failed);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** One line naming the problem, then where to look; exit 2. */
    private static int badParameters(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(cl.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for the options.");
        return ExitCodes.USAGE;
    }

    /**
     * The problems a user can cause and fix, each with a message that names it: a bad option, a
     * file that is not what it should be, a run directory another run holds, an implementation this
     * JVM cannot run. Everything else is a defect of ours and gets its stack trace.
     */
    static boolean isUserError(Exception e) {
        return e instanceof UsageException || e instanceof InvalidResultsException || e instanceof LockHeldException
                || e instanceof KernelUnavailableException || e instanceof PluginException;
    }

    private static int failed(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        String name = cl.getCommandSpec().qualifiedName();
        if (isUserError(e)) {
            err.println(name + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        err.println(name + ": internal error: " + e);
        e.printStackTrace(err);
        return ExitCodes.INTERNAL;
    }
}
