package io.whyrelu.reports.history;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whyrelu.resultmodel.jmh.InvalidResultsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactionTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "jdbc:postgres://localhost/whyrelu?user=whyrelu&password=hunter2",
        "jdbc:postgresql://localhost:1/whyrelu?user=whyrelu&password=hunter2&ssl=false",
        "jdbc:nosuch://localhost/whyrelu?password=hunter2",
        "jdbc:postgresql://whyrelu:hunter2@localhost:1/whyrelu",
        "jdbc:postgresql://localhost:1/whyrelu?password=hunter2;x&user=u",
        "jdbc:postgresql://[bad url?PASSWORD=hunter2",
        "jdbc:sqlserver://localhost;user=u;password=hunter2"})
    void noFormOfUrlLeaksItsPasswordThroughOpen(String url) {
        InvalidResultsException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidResultsException.class, () -> HistoryStore.open(url));
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        assertTrue(e.getMessage().contains("***"), e.getMessage());
    }

    @Test
    void aPasswordWithASemicolonIsMaskedWhole() {
        String url = "jdbc:postgresql://h/db?user=u&password=a;b";
        assertFalse(Redaction.url(url).contains(";b"), Redaction.url(url));
        assertFalse(Redaction.redact("login failed for password a;b in " + url, url).contains("a;b"));
    }

    @Test
    void theValueIsMaskedWhereverTheDriverRepeatsIt() {
        String url = "jdbc:postgresql://u:s3cret@h/db";
        assertFalse(Redaction.redact("FATAL: password s3cret rejected", url).contains("s3cret"));
    }
}
