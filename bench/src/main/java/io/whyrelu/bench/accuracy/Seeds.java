package io.whyrelu.bench.accuracy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The seed of every random stream of the suite, derived from what the stream is for — the run's
 * seed, the activation's spec, the check and its configuration — never from the activation's
 * position in the selected list. So {@code --activations sigmoid} reproduces exactly the sigmoid
 * rows of a run of all 13, whatever else was selected, in whatever order, on however many threads:
 * before, the seed was {@code seed·1 000 003 + index}, and sigmoid's surrogate had one minimum in
 * the full run and two when five other activations were selected with it.
 */
final class Seeds {

    private Seeds() {}

    /** The first 8 bytes of SHA-256 over the seed and the parts, each part's text ended by a NUL. */
    static long derive(long seed, Object... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Long.toString(seed).getBytes(StandardCharsets.UTF_8));
            for (Object part : parts) {
                sha.update((byte) 0);
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            }
            byte[] d = sha.digest();
            long v = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                v = v << 8 | (d[i] & 0xff);
            }
            return v;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
