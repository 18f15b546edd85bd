package io.whyrelu.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code whyrelu} command line. */
@Command(name = "whyrelu", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Benchmarks and convexity checks for activation-and-sum kernels on the JVM.",
        subcommands = {RunCommand.class, AccuracyCommand.class, CompareCommand.class, CalibrateCommand.class, ReportCommand.class, HistoryCommand.class,
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
        CommandLine cl = new CommandLine(new Main());
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

    private static int failed(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        String name = cl.getCommandSpec().qualifiedName();
        if (e instanceof UsageException) {
            err.println(name + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        err.println(name + ": internal error: " + e);
        e.printStackTrace(err);
        return ExitCodes.INTERNAL;
    }
}
