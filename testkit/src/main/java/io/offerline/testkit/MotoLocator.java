package io.offerline.testkit;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds what runs moto, in this order: {@code MOTO_SERVER}, {@code moto_server} on the
 * {@code PATH}, the pyenv shim {@code ~/.pyenv/shims/moto_server}, a {@code python3} that has the
 * moto module (pyenv's shim, then the {@code PATH}'s), and last the project's own virtual
 * environment {@code .offerline/venv}, which {@link MotoVenv} creates on first use.
 *
 * <p>The tests and the local stack both start moto through {@link MotoServer}, so this class is
 * the one place where that order is written down; the shell scripts only call Maven and Java.
 */
final class MotoLocator {

    static final String REQUIREMENTS = "requirements-moto.txt";
    static final String NOT_FOUND =
            "moto_server was not found, and no " + REQUIREMENTS + " above the working directory says which moto to install:"
                    + " run pip install -r " + REQUIREMENTS + " from the Offerline repository (or set MOTO_SERVER to a moto_server,"
                    + " or DYNAMODB_ENDPOINT to a running engine).";

    private final Map<String, String> environment;
    private final Path home;
    private final Path workingDirectory;
    private final Consumer<String> announcer;

    MotoLocator(Map<String, String> environment, Path home, Path workingDirectory, Consumer<String> announcer) {
        this.environment = environment;
        this.home = home;
        this.workingDirectory = workingDirectory;
        this.announcer = announcer;
    }

    /**
     * The lookup of this JVM: its environment, home and working directory; the install line goes
     * to stderr. The home is {@code HOME}, as pyenv reads it: Java's {@code user.home} comes from
     * the password file instead.
     */
    static MotoLocator forThisProcess() {
        Map<String, String> environment = System.getenv();
        String home = environment.getOrDefault("HOME", "");
        return new MotoLocator(environment, Path.of(home.isBlank() ? System.getProperty("user.home") : home),
                Path.of(System.getProperty("user.dir")), System.err::println);
    }

    /**
     * What runs moto on this machine. Where the Python behind a {@code moto_server} script can be
     * read from its first line, that Python runs moto (through the serializing launcher).
     *
     * @throws IllegalStateException with one sentence saying what is missing and how to fix it
     */
    MotoProgram locate() {
        Optional<Path> executable = executable();
        Optional<String> python = executable.flatMap(MotoLocator::pythonOf)
                .or(() -> pyenvPython().filter(MotoLocator::hasMotoModule))
                .or(() -> onPath("python3").map(Path::toString).filter(MotoLocator::hasMotoModule));
        if (python.isPresent()) {
            return MotoProgram.python(python.get());
        }
        if (executable.isPresent()) {
            return MotoProgram.executable(executable.get().toString());
        }
        Path project = projectRoot().orElseThrow(() -> new MotoUnavailableException(NOT_FOUND));
        return MotoProgram.python(new MotoVenv(project, basePython(), announcer).python().toString());
    }

    private Optional<Path> executable() {
        String configured = environment.get("MOTO_SERVER");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        Path shim = home.resolve(".pyenv/shims/moto_server");
        return onPath("moto_server").or(() -> Optional.of(shim).filter(Files::isExecutable));
    }

    private Optional<String> pyenvPython() {
        return Optional.of(home.resolve(".pyenv/shims/python3")).filter(Files::isExecutable).map(Path::toString);
    }

    /** The python3 that creates the virtual environment: empty when there is none. */
    private Optional<String> basePython() {
        return pyenvPython().or(() -> onPath("python3").map(Path::toString));
    }

    /** The nearest directory, from the working directory up, that holds the requirements file. */
    private Optional<Path> projectRoot() {
        for (Path directory = workingDirectory.toAbsolutePath(); directory != null; directory = directory.getParent()) {
            if (Files.isRegularFile(directory.resolve(REQUIREMENTS))) {
                return Optional.of(directory);
            }
        }
        return Optional.empty();
    }

    private Optional<Path> onPath(String program) {
        String path = environment.getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory, program);
            if (!directory.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The interpreter named in a Python script's first line, e.g. {@code #!/usr/bin/python3}. */
    private static Optional<String> pythonOf(Path script) {
        try (BufferedReader reader = Files.newBufferedReader(script)) {
            String first = reader.readLine();
            if (first == null || !first.startsWith("#!") || !first.contains("python")) {
                return Optional.empty();
            }
            String[] words = first.substring(2).trim().split("\\s+");
            return Optional.of(words[0].endsWith("/env") && words.length > 1 ? words[1] : words[0]);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean hasMotoModule(String python) {
        return MotoVenv.succeeds(List.of(python, "-c", "import moto.server"), ProcessBuilder.Redirect.DISCARD);
    }
}
