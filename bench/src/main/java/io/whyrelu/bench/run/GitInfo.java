package io.whyrelu.bench.run;

import io.whyrelu.resultmodel.manifest.Git;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The git commit of the working directory, if it is a repository and git is installed. */
public final class GitInfo {

    private GitInfo() {}

    /** The commit and whether the tree is dirty, or null outside a repository. */
    public static Git of(Path dir) {
        String commit = git(dir, "rev-parse", "HEAD");
        if (commit == null || commit.isBlank()) {
            return null;
        }
        String status = git(dir, "status", "--porcelain", "--untracked-files=no");
        return new Git(commit.trim(), status != null && !status.isBlank());
    }

    private static String git(Path dir, String... args) {
        var command = new java.util.ArrayList<String>();
        command.add("git");
        command.add("-C");
        command.add(dir.toString());
        command.addAll(java.util.List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
