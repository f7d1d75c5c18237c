package io.offerline.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The project's own Python virtual environment {@code .offerline/venv}, with the moto pinned in
 * {@code requirements-moto.txt}: created with {@code python3 -m venv} and pip the first time no
 * other moto is found, and reused while the requirements file stays the same.
 */
final class MotoVenv {

    static final String MISSING_PYTHON = "moto_server was not found, and python3, which Offerline needs to install it, is missing:"
            + " install Python 3.9 or later (for example sudo apt-get install python3 python3-venv), or set MOTO_SERVER to a moto_server.";

    private final Path project;
    private final Optional<String> basePython;
    private final Consumer<String> announcer;
    private final Path directory;
    private final Path requirements;
    /** A copy of the requirements the environment was built from, written once pip has succeeded. */
    private final Path installed;
    private final Path log;

    MotoVenv(Path project, Optional<String> basePython, Consumer<String> announcer) {
        this.project = project;
        this.basePython = basePython;
        this.announcer = announcer;
        this.directory = project.resolve(".offerline/venv");
        this.requirements = project.resolve(MotoLocator.REQUIREMENTS);
        this.installed = directory.resolve("offerline-requirements.txt");
        this.log = project.resolve(".offerline/venv-install.log");
    }

    /** The environment's python, after creating the environment if it is missing or out of date. */
    Path python() {
        if (upToDate()) {
            return venvPython();
        }
        // One JVM at a time installs; the others wait here, then find it up to date.
        synchronized (MotoVenv.class) {
            try (FileChannel channel = FileChannel.open(lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                if (!upToDate()) {
                    install();
                }
                return venvPython();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Path lockFile() throws IOException {
        return Files.createDirectories(log.getParent()).resolve("venv.lock");
    }

    private void install() throws IOException {
        String python = basePython.orElseThrow(() -> new MotoUnavailableException(MISSING_PYTHON));
        if (!succeeds(List.of(python, "-c", "import sys; sys.exit(sys.version_info < (3, 9))"), ProcessBuilder.Redirect.DISCARD)) {
            throw new MotoUnavailableException("moto_server was not found, and " + python + " is older than Python 3.9, which moto needs:"
                    + " install Python 3.9 or later (for example with pyenv install 3.11), or set MOTO_SERVER to a moto_server.");
        }
        announcer.accept("Installing moto (" + requirements.getFileName() + ") into " + directory + ", once; pip's output goes to " + log);
        Files.deleteIfExists(installed);
        Files.writeString(log, "");
        if (!succeeds(List.of(python, "-m", "venv", "--clear", directory.toString()), ProcessBuilder.Redirect.appendTo(log.toFile()))) {
            throw new MotoUnavailableException("python3 could not create the virtual environment " + directory + " (see " + log + "):"
                    + " install its venv module (for example sudo apt-get install python3-venv) and run again.");
        }
        List<String> pip = List.of(venvPython().toString(), "-m", "pip", "install", "--disable-pip-version-check", "-r", requirements.toString());
        if (!succeeds(pip, ProcessBuilder.Redirect.appendTo(log.toFile()))) {
            throw new MotoUnavailableException("pip could not install moto into " + directory + " (its output is in " + log + "):"
                    + " make sure PyPI is reachable and run " + String.join(" ", pip) + ", or set MOTO_SERVER to a moto_server.");
        }
        Files.copy(requirements, installed);
    }

    private boolean upToDate() {
        try {
            return Files.isRegularFile(installed) && Files.isExecutable(venvPython()) && Files.mismatch(installed, requirements) == -1;
        } catch (IOException unreadable) {
            return false;
        }
    }

    /** {@code bin/python}, or {@code Scripts/python.exe} in an environment made on Windows. */
    private Path venvPython() {
        Path unix = directory.resolve("bin/python");
        Path windows = directory.resolve("Scripts/python.exe");
        return Files.exists(windows) && !Files.exists(unix) ? windows : unix;
    }

    /** Whether {@code command} runs and exits with 0, its output (with its errors) sent to {@code output}. */
    static boolean succeeds(List<String> command, ProcessBuilder.Redirect output) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output).start();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
