package io.whyrelu.reports.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Headless Chromium from the command line: the DOM after scripts ran, and a screenshot. */
final class Browser {

    private final Path binary;

    private Browser(Path binary) {
        this.binary = binary;
    }

    /** $CHROME, or Debian's chromium (which .ci/run installs), or the usual other names. */
    static Optional<Browser> find() {
        List<String> candidates = new ArrayList<>();
        String env = System.getenv("CHROME");
        if (env != null) {
            candidates.add(env);
        }
        candidates.addAll(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"));
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst().map(Browser::new);
    }

    String dumpDom(Path html, Path profile) throws IOException, InterruptedException {
        return run(profile, "--dump-dom", html.toUri().toString());
    }

    void screenshot(Path html, Path png, Path profile) throws IOException, InterruptedException {
        run(profile, "--window-size=1400,2400", "--screenshot=" + png, html.toUri().toString());
    }

    private String run(Path profile, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--virtual-time-budget=10000"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish");
        }
        return out;
    }
}
