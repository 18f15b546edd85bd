package io.whyrelu.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

/** Where a run writes: checked and created as the last step of validation, before anything runs. */
public final class OutputDirectory {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private OutputDirectory() {}

    /** results/&lt;UTC timestamp&gt;, under the working directory. */
    public static Path defaultFor(String prefix) {
        return Path.of(prefix, ZonedDateTime.now(ZoneOffset.UTC).format(STAMP));
    }

    /**
     * Checks that the directory holds nothing yet and creates it (with its parents). Call it as
     * the last check of a command, so that nothing is left behind when another check fails.
     *
     * @throws IllegalArgumentException naming the problem
     */
    public static Path prepare(Path out) {
        Path dir = out.toAbsolutePath().normalize();
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("--out " + out + " is a file, not a directory");
            }
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException("--out " + out + " already contains files; choose a new directory");
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("--out " + out + " cannot be read: " + e.getMessage());
            }
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException("--out " + out + " cannot be created: " + describe(e));
        }
        if (!Files.isWritable(dir)) {
            throw new IllegalArgumentException("--out " + out + " is not writable");
        }
        return dir;
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied (" + e.getMessage() + ")";
        }
        if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.nio.file.FileSystemException) {
            String reason = ((java.nio.file.FileSystemException) e).getReason();
            return (reason == null ? "no such directory" : reason) + " (" + ((java.nio.file.FileSystemException) e).getFile() + ")";
        }
        return e.getMessage();
    }
}
