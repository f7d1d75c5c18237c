package io.offerline.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium, headless, loading one page at a time and printing its DOM once the page's
 * scripts and their requests are done. Every load shares one profile, so cookies a page sets
 * are there for the next load, as in one person's browser.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final long LOAD_TIMEOUT_SECONDS = 90;

    private final Path executable;
    private final Path profile;

    private HeadlessChromium(Path executable, Path profile) {
        this.executable = executable;
        this.profile = profile;
    }

    /** {@code /usr/bin/chromium}, else {@code chromium} on the PATH; empty when neither is there. */
    static Optional<Path> find() {
        Path debian = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(debian)) {
            return Optional.of(debian);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, "chromium"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /**
     * Chromium if it is installed; otherwise the calling test is skipped, except on CI (the
     * {@code CI} variable set), where it fails: {@code .ci/run} installs Chromium.
     */
    static HeadlessChromium startOrSkip() {
        Optional<Path> executable = find();
        if (executable.isEmpty()) {
            String missing = "Chromium is not installed (no /usr/bin/chromium, no chromium on the PATH); "
                    + "install it with: apt-get install -y chromium";
            if (System.getenv("CI") != null) {
                Assertions.fail(missing);
            }
            Assumptions.abort(missing);
        }
        HeadlessChromium chromium = start(executable.get());
        System.out.println("Browser test on " + chromium.version());
        return chromium;
    }

    static HeadlessChromium start(Path executable) {
        try {
            return new HeadlessChromium(executable, Files.createTempDirectory("offerline-chromium-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String version() {
        return run(List.of(executable.toString(), "--version")).trim();
    }

    /** The DOM of {@code url} after its scripts ran, with up to five seconds of (virtual) time for them. */
    String dumpDom(String url) {
        return run(List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom", url));
    }

    private static String run(List<String> command) {
        Path errors = null;
        Process process = null;
        try {
            errors = Files.createTempFile("offerline-chromium-", ".log");
            process = new ProcessBuilder(command).redirectError(errors.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(LOAD_TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("Chromium failed (" + String.join(" ", command) + "):\n" + tail(errors));
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            stop(process);
            deleteQuietly(errors);
        }
    }

    /** Only the process this class started, and the helpers it started itself. */
    private static void stop(Process process) {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temp file left behind is harmless
        }
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // a temp profile left behind is harmless
        }
    }
}
