package io.whyrelu.resultmodel.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JMH JSON from other projects and older JMH versions, and what is not JMH JSON at all. */
class JmhJsonTest {

    private static Path fixture(String name) throws Exception {
        return Path.of(JmhJsonTest.class.getResource("/jmh/" + name).toURI());
    }

    @Test
    void readsOldJmhWithBareNaNAndNoJvmFields() throws Exception {
        List<JmhResult> results = JmhJson.read(fixture("jmh-1.19-avgt.json"));
        assertEquals(2, results.size());
        JmhResult r = results.get(0);
        assertEquals("avgt", r.mode());
        assertEquals("", r.jdkVersion());
        assertTrue(Double.isNaN(r.primary().scoreError()), "bare NaN token of old JMH");
        assertEquals("/opt/jdk1.8.0/jre/bin/java", r.jvmLabel());
        assertEquals("us/op", r.primary().scoreUnit());
        assertTrue(!r.primary().higherIsBetter());
        assertEquals("other", r.param("unknownParam"));
    }

    @Test
    void readsSampleTimeHistogramsAndStringInfinities() throws Exception {
        List<JmhResult> results = JmhJson.read(fixture("jmh-1.37-sample.json"));
        JmhResult r = results.get(0);
        assertEquals("sample", r.mode());
        assertEquals(2, r.primary().rawDataHistogram().get(0).size(), "two iterations in fork 0");
        assertEquals(Double.POSITIVE_INFINITY, r.secondaries().get("·gc.alloc.rate").score());
        assertTrue(Double.isNaN(r.primary().scoreError()));
        double[] bucket = r.primary().rawDataHistogram().get(0).get(0).get(1);
        assertEquals(200.0, bucket[0], "value of the first iteration's second bucket");
        assertEquals(1.0, bucket[1], "its count");
    }

    @Test
    void rejectsWhatIsNotJmh() {
        assertTrue(assertThrows(InvalidResultsException.class, () -> JmhJson.parse("t", "[{")).getMessage()
                .startsWith("t: not valid JSON, truncated or malformed"));
        assertEquals("t: not a JMH result file (expected a JSON array of benchmark results)",
                assertThrows(InvalidResultsException.class, () -> JmhJson.parse("t", "{\"a\": 1}")).getMessage());
        assertEquals("t[0]: not a JMH benchmark result (needs benchmark, mode and primaryMetric)",
                assertThrows(InvalidResultsException.class, () -> JmhJson.parse("t", "[{\"name\": \"x\"}]")).getMessage());
    }

    /** A fork run with -XX: flags is another configuration, so another series; heap sizes and properties are not. */
    @Test
    void xxFlagsArePartOfTheJvmLabel() {
        String result = "[{\"benchmark\": \"b\", \"mode\": \"thrpt\", \"jdkVersion\": \"25.0.3\", \"vmName\": \"VM\", "
                + "\"jvmArgs\": [%s], \"primaryMetric\": {\"score\": 1, \"scoreUnit\": \"ops/s\"}}]";
        JmhResult plain = JmhJson.parse("p", result.formatted("\"-Xmx1g\", \"-Dx=1\"")).get(0);
        JmhResult avx2 = JmhJson.parse("a", result.formatted("\"-Xmx1g\", \"-XX:UseAVX=2\"")).get(0);
        assertEquals("JDK 25.0.3 (VM)", plain.jvmLabel());
        assertEquals("JDK 25.0.3 (VM) -XX:UseAVX=2", avx2.jvmLabel());
        assertTrue(!plain.key().equals(avx2.key()));
    }
}
