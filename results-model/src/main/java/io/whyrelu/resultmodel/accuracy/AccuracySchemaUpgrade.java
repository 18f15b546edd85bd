package io.whyrelu.resultmodel.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Reads accuracy.json files of schema 2 as schema 3. Schema 2 named the two implementations in
 * field names (preservedScalar, maxUlpSimd, evidence "preservedSimd"); schema 3 keys them by
 * implementation.
 */
final class AccuracySchemaUpgrade {

    private static final List<String> NAMED = List.of("scalar", "simd");

    private AccuracySchemaUpgrade() {}

    static ObjectNode toCurrent(ObjectNode doc) {
        if (doc.path("schema").asText().equals(AccuracyDocument.SCHEMA)) {
            return doc;
        }
        for (JsonNode a : doc.path("activations")) {
            if (a.get("verdict") instanceof ObjectNode v) {
                upgrade(v);
            }
        }
        for (JsonNode v : doc.path("verdicts")) {
            if (v instanceof ObjectNode verdict) {
                upgrade(verdict);
            }
        }
        doc.put("schema", AccuracyDocument.SCHEMA);
        return doc;
    }

    private static void upgrade(ObjectNode v) {
        ObjectNode preserved = v.putObject("preserved");
        ObjectNode maxUlp = v.putObject("maxUlp");
        ObjectNode evidence = v.get("evidence") instanceof ObjectNode e ? e : null;
        for (String impl : NAMED) {
            String suffix = Character.toUpperCase(impl.charAt(0)) + impl.substring(1);
            JsonNode p = v.remove("preserved" + suffix);
            if (p != null && !p.isNull()) {
                preserved.set(impl, p);
            }
            JsonNode u = v.remove("maxUlp" + suffix);
            if (u != null && !u.isNull()) {
                maxUlp.set(impl, u);
            }
            if (evidence != null && evidence.has("preserved" + suffix)) {
                evidence.set(Verdict.preservedKey(impl), evidence.remove("preserved" + suffix));
            }
        }
    }
}
