package io.whyrelu.reports.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A run's claim on its directory: {@value #FILE}, created atomically (so of two runs started on
 * one directory exactly one gets it) and held with an OS file lock for the run's lifetime, which
 * the OS releases when the process dies however it dies. A reader can so tell a run in progress
 * (lock held) from one that was killed (file there, lock free): see {@link RunLoader}.
 */
public final class RunLock implements AutoCloseable {

    public static final String FILE = ".whyrelu-run.lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Claims {@code dir} for this process.
     *
     * @throws LockHeldException when another run has claimed it
     */
    public static RunLock claim(Path dir) throws IOException, LockHeldException {
        Path file = dir.resolve(FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new LockHeldException(dir + " is being written by another whyrelu run; choose another --out");
        }
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new LockHeldException(dir + " is being written by another whyrelu run; choose another --out");
        }
        channel.write(java.nio.ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return new RunLock(file, channel, lock);
    }

    /** Whether a process holds the lock of {@code dir} now: false when there is none, or its owner is gone. */
    public static boolean held(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held by this very JVM
        } catch (IOException e) {
            return false;
        }
    }

    /** Ends the claim: the run is over (complete, failed or interrupted, as its manifest says). */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The lock dies with the process anyway; a leftover file only marks the directory as used.
        }
    }
}
