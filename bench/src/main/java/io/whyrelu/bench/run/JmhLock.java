package io.whyrelu.bench.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import io.whyrelu.reports.run.LockHeldException;

/**
 * JMH's machine-wide lock ({@code java.io.tmpdir/jmh.lock}), held by a whyrelu run from its first
 * benchmark to its last. JMH takes it per {@code Runner.run}, that is per benchmark: two runs on
 * one machine would take turns and each fail wherever the other held it. whyrelu takes it once,
 * waiting with a message while another run (whyrelu's or any JMH's) holds it, and tells its own
 * Runner calls not to take it again ({@code jmh.ignoreLock}, read when JMH's Runner class loads).
 */
public final class JmhLock implements AutoCloseable {

    public static final Path FILE = Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");

    private final FileChannel channel;
    private final FileLock lock;

    private JmhLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @param waitSeconds how long to wait for another run to release it; negative: as long as it takes
     * @throws LockHeldException when it is still held after {@code waitSeconds}
     */
    public static JmhLock acquire(double waitSeconds, PrintStream console) throws IOException, InterruptedException, LockHeldException {
        FileChannel channel = FileChannel.open(FILE, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        long start = System.nanoTime();
        FileLock lock = tryLock(channel);
        boolean told = false;
        while (lock == null) {
            double waited = (System.nanoTime() - start) / 1e9;
            if (waitSeconds >= 0 && waited >= waitSeconds) {
                channel.close();
                throw new LockHeldException("another benchmark run holds " + FILE + " (JMH's lock) and did not finish within "
                        + Math.round(waitSeconds) + " s; two runs at once would disturb each other's numbers");
            }
            if (!told) {
                console.println("whyrelu run: another benchmark run holds " + FILE + " (JMH's lock); waiting for it to finish, "
                        + "since two runs at once would disturb each other's numbers (Ctrl-C to stop)");
                told = true;
            }
            Thread.sleep(200);
            lock = tryLock(channel);
        }
        System.setProperty("jmh.ignoreLock", "true");
        return new JmhLock(channel, lock);
    }

    /** The lock, or null while another process (or another run in this JVM, as in tests) holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // released with the process anyway
        }
    }
}
