package io.offerline.dynamodb;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code moto_server} child process on a free loopback port: the DynamoDB engine of the tests
 * and the local stack when {@code DYNAMODB_ENDPOINT} is not set.
 */
public final class MotoServer implements AutoCloseable {

    public static final String INSTALL_HINT =
            "moto_server was not found: install it with pip install \"moto[server]\" (or set MOTO_SERVER to its path, or DYNAMODB_ENDPOINT to a running engine).";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final String endpoint;

    private MotoServer(Process process, String endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** Starts the moto_server found on this machine and returns once it answers HTTP. */
    public static MotoServer start() {
        return start(locate().orElseThrow(() -> new IllegalStateException(INSTALL_HINT)));
    }

    /** Starts moto with {@code executable} (the program and its leading arguments). */
    static MotoServer start(List<String> executable) {
        List<String> command = new ArrayList<>(executable);
        int port = freePort();
        command.addAll(List.of("-H", "127.0.0.1", "-p", Integer.toString(port)));
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException(INSTALL_HINT, e);
        }
        MotoServer server = new MotoServer(process, "http://127.0.0.1:" + port);
        server.awaitReady();
        return server;
    }

    public String endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The command that runs moto, found in this order: MOTO_SERVER, moto_server on the PATH,
     * the pyenv shim, then python3 with the moto module. Where the Python behind it can be
     * found, moto runs through {@code serialized_moto_server.py}, which makes conditional
     * writes atomic as in DynamoDB; otherwise the executable runs as it is.
     */
    static Optional<List<String>> locate() {
        Optional<Path> executable = executable();
        Optional<String> python = executable.flatMap(MotoServer::pythonOf)
                .or(() -> Optional.of(Path.of(System.getProperty("user.home"), ".pyenv", "shims", "python3")).filter(Files::isExecutable)
                        .map(Path::toString).filter(MotoServer::hasMotoModule))
                .or(() -> onPath("python3").map(Path::toString).filter(MotoServer::hasMotoModule));
        if (python.isPresent()) {
            return Optional.of(List.of(python.get(), launcher().toString()));
        }
        return executable.map(path -> List.of(path.toString()));
    }

    private static Optional<Path> executable() {
        String configured = System.getenv("MOTO_SERVER");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        Path shim = Path.of(System.getProperty("user.home"), ".pyenv", "shims", "moto_server");
        return onPath("moto_server").or(() -> Optional.of(shim).filter(Files::isExecutable));
    }

    /** The interpreter named in a Python script's first line, e.g. {@code #!/usr/bin/python3}. */
    private static Optional<String> pythonOf(Path script) {
        try (java.io.BufferedReader reader = Files.newBufferedReader(script)) {
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

    /** The launcher script, copied out of the jar once per JVM. */
    private static synchronized Path launcher() {
        try {
            Path file = Files.createTempFile("serialized_moto_server", ".py");
            file.toFile().deleteOnExit();
            try (java.io.InputStream in = MotoServer.class.getResourceAsStream("serialized_moto_server.py")) {
                Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> onPath(String executable) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory, executable);
            if (!directory.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean hasMotoModule(String python) {
        try {
            Process probe = new ProcessBuilder(python, "-c", "import moto.server")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return probe.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("moto_server exited with code " + process.exitValue() + " before it answered. " + INSTALL_HINT);
            }
            if (answers()) {
                return;
            }
            sleep();
        }
        close();
        throw new IllegalStateException("moto_server did not answer on " + endpoint + " within " + START_TIMEOUT.toSeconds() + " s.");
    }

    private boolean answers() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(endpoint + "/moto-api/").toURL().openConnection();
            connection.setConnectTimeout(200);
            connection.setReadTimeout(1000);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status < 500;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for moto_server", e);
        }
    }
}
