package io.whyrelu.cli;

import io.whyrelu.core.activation.spi.PluginRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --plugin JAR}, repeatable: activation plug-ins for {@code run} and {@code accuracy}. */
public final class PluginOptions {

    @Option(names = "--plugin", paramLabel = "JAR", description = "An activation plug-in jar (repeatable; see README, \"Bring your "
            + "own activation\"). Its activations join `all` and the preset's list, and are screened before anything runs.")
    List<Path> jars = new ArrayList<>();

    /** Loads the jars, making their activations parseable here and in the JVMs this one starts; a bad jar is a PluginException (exit 2). */
    void install() {
        if (!jars.isEmpty()) {
            PluginRegistry.install(jars);
        }
    }
}
