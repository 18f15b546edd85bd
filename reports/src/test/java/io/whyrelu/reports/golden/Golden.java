package io.whyrelu.reports.golden;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden outputs: what a user reads, stored under src/test/resources/golden and compared line by
 * line. After a deliberate change, regenerate with {@code -Dwhyrelu.golden.update=true} and review
 * the diff like code.
 */
final class Golden {

    private static final Path DIR = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("whyrelu.golden.update");

    private Golden() {}

    static void assertMatches(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (UPDATE) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.isRegularFile(file)) {
            fail("no golden file " + file + "; create it with -Dwhyrelu.golden.update=true and review it");
        }
        List<String> expected = Files.readString(file, StandardCharsets.UTF_8).lines().toList();
        List<String> lines = actual.lines().toList();
        for (int i = 0; i < Math.max(expected.size(), lines.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "<end of file>";
            String a = i < lines.size() ? lines.get(i) : "<end of output>";
            if (!e.equals(a)) {
                fail(name + " differs from its golden file at line " + (i + 1) + ":\n  expected: " + e + "\n  actual:   " + a
                        + "\n(regenerate with -Dwhyrelu.golden.update=true if the change is meant)");
            }
        }
    }
}
