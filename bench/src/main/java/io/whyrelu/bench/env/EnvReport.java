package io.whyrelu.bench.env;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.whyrelu.reports.json.Json;
import java.util.Map;

/** This JVM and machine as JSON: what {@code whyrelu env --json} prints and manifests record. */
public final class EnvReport {

    private EnvReport() {}

    public static ObjectNode describe(String toolVersion) {
        ObjectNode doc = Json.MAPPER.createObjectNode();
        doc.put("tool", toolVersion);
        doc.set("host", Json.MAPPER.valueToTree(HostInfo.current()));
        doc.set("jvm", Json.MAPPER.valueToTree(JvmInfo.current()));
        doc.set("jdks", Json.MAPPER.valueToTree(JdkFinder.find().stream()
                .map(j -> Map.of("home", j.home().toString(), "version", j.version(), "vendor", j.vendor())).toList()));
        return doc;
    }
}
