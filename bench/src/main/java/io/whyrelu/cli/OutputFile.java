package io.whyrelu.cli;

import io.whyrelu.resultmodel.json.AtomicFiles;
import io.whyrelu.reports.run.RunLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A file a command writes because the user named it (or its documented default): checked before
 * anything is computed, written atomically, and never one of the command's own inputs. Every
 * problem is a {@link UsageException} naming the option and the path: no stack trace, nothing
 * half-written, nothing overwritten that the user did not ask for.
 */
final class OutputFile {

    private OutputFile() {}

    /**
     * @param option the option that named it, for messages ("--out")
     * @param inputs the runs (directories or files) the command reads
     */
    static Path check(Path target, String option, List<Path> inputs) {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            throw new UsageException(option + " " + target + " is a directory; give the file's path");
        }
        // Missing directories are created when the file is written; the nearest existing one must take them.
        Path parent = abs.getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UsageException(option + " " + target + ": " + parent + " is not a directory");
        }
        if (!Files.isWritable(parent)) {
            throw new UsageException(option + " " + target + ": cannot write in " + parent + " (permission denied or read-only)");
        }
        for (Path input : inputs) {
            for (Path file : RunLoader.inputFiles(input)) {
                if (same(abs, file)) {
                    throw new UsageException(option + " " + target + " is one of the inputs (" + file + "); choose another file");
                }
            }
        }
        return abs;
    }

    /** Writes {@code content}; a failure (disk full, a file system that refuses) is a one-line message. */
    static void write(Path target, String option, String content) {
        try {
            AtomicFiles.writeString(target, content);
        } catch (IOException | SecurityException e) {
            throw new UsageException(option + " " + target + ": cannot write (" + e.getMessage() + ")");
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(b) && (a.equals(b.toAbsolutePath().normalize()) || (Files.exists(a) && Files.isSameFile(a, b)));
        } catch (IOException e) {
            return a.equals(b.toAbsolutePath().normalize());
        }
    }
}
