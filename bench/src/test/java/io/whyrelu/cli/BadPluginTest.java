package io.whyrelu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.bench.plugin.BadPlugins;
import io.whyrelu.bench.plugin.PluginJars;
import io.whyrelu.core.activation.spi.ActivationPlugin;
import io.whyrelu.core.activation.spi.PluginRegistry;
import io.whyrelu.kernels.simd.spi.VectorActivationPlugin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad plug-in is one line naming the plug-in (and the input, for a numerical defect) and exit
 * 2, before any benchmark runs or any result directory exists.
 */
class BadPluginTest {

    @TempDir
    Path tmp;

    @AfterEach
    void forgetPlugins() {
        PluginRegistry.install(List.of());
    }

    private Path jar(String name, Class<?>... plugins) throws Exception {
        return PluginJars.write(tmp.resolve(name + ".jar"), Map.of(ActivationPlugin.class.getName(), List.of(plugins)));
    }

    /** Runs `whyrelu run --preset smoke --plugin JAR --activations ID`, which must stop at once with exit 2. */
    private String refused(Path jar, String activations, String... expected) {
        Path out = tmp.resolve("out-" + activations);
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("run", "--preset", "smoke", "--no-accuracy", "--plugin", jar.toString(), "--activations", activations,
                "--out", out.toString());
        String message = err.toString();
        assertEquals(2, code, message);
        assertEquals(1, message.strip().lines().count(), "one line: " + message);
        assertFalse(message.contains("\tat "), "no stack trace: " + message);
        for (String e : expected) {
            assertTrue(message.contains(e), "'" + e + "' in: " + message);
        }
        assertFalse(Files.exists(out), "nothing written before the screen");
        System.out.println(message.strip());
        return message;
    }

    @Test
    void aFloatFormThatThrowsIsNamedWithItsInput() throws Exception {
        refused(jar("throwing", BadPlugins.Throwing.class), "throwing", "plug-in throwing", BadPlugins.Throwing.class.getName(),
                "float form throws at x = ", "boom");
    }

    @Test
    void nanWhereTheReferenceIsFiniteIsRefused() throws Exception {
        refused(jar("nan", BadPlugins.NanWhereFinite.class), "nan-where-finite", "plug-in nan-where-finite", "returns NaN at x = 0.5",
                "where its reference is 0.5");
    }

    @Test
    void aVectorFormThatDisagreesWithTheFloatFormIsRefused() throws Exception {
        Path jar = PluginJars.write(tmp.resolve("disagreeing.jar"), Map.of(ActivationPlugin.class.getName(),
                List.of(BadPlugins.Disagreeing.class), VectorActivationPlugin.class.getName(), List.of(BadPlugins.DisagreeingVector.class)));
        org.junit.jupiter.api.Assumptions.assumeTrue(io.whyrelu.core.kernel.Kernels.get("simd").availability().available());
        refused(jar, "disagreeing", "plug-in disagreeing", "simd form and its float form disagree by", "beyond the stated budget 5");
    }

    @Test
    void aCatalogueIdIsRefused() throws Exception {
        refused(jar("impostor", BadPlugins.Impostor.class), "relu", "collides with the built-in activation 'relu'",
                BadPlugins.Impostor.class.getName());
    }

    @Test
    void jarsThatAreNotPluginsAreRefused() throws Exception {
        Path empty = PluginJars.write(tmp.resolve("empty.jar"), Map.of());
        refused(empty, "relu", "empty.jar declares no activation plug-in");
        refused(tmp.resolve("missing.jar"), "relu", "missing.jar does not exist");
        Path text = Files.writeString(tmp.resolve("text.jar"), "not a jar");
        refused(text, "relu", "text.jar is not a readable jar");
    }

    @Test
    void theAccuracyCommandScreensToo() throws Exception {
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("accuracy", "--plugin", jar("nan", BadPlugins.NanWhereFinite.class).toString(), "--activations",
                "nan-where-finite", "--out", tmp.resolve("acc").toString());
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("returns NaN at x = "), err.toString());
        assertFalse(Files.exists(tmp.resolve("acc")));
    }
}
