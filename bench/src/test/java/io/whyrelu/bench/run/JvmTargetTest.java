package io.whyrelu.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.whyrelu.resultmodel.manifest.JvmDescription;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JvmTargetTest {

    private static JvmTarget jdk(String version) {
        return new JvmTarget(Path.of("/jdk/bin/java"), List.of(), new JvmDescription("v", version, "vm", "/jdk", "S_256", 256, true, "simd",
                List.of(new JvmDescription.Provider("simd", true, "t"))));
    }

    @Test
    void unsafeAccessIsAllowedOnlyWhereTheJvmKnowsTheOption() {
        assertEquals(List.of(), jdk("17.0.15").quietFlags(), "JDK 17 refuses to start with an option it does not know");
        assertEquals(List.of(), jdk("21").quietFlags());
        assertEquals(List.of("--sun-misc-unsafe-memory-access=allow"), jdk("23-ea").quietFlags());
        assertEquals(List.of("--sun-misc-unsafe-memory-access=allow"), jdk("25.0.3").quietFlags());
        assertEquals(List.of(), jdk(null).quietFlags(), "an unknown version gets nothing it might refuse");
    }
}
