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

    /** Order: MOTO_SERVER, moto_server on the PATH, the pyenv shim, then python3 -m moto.server. */
    static Optional<List<String>> locate() {
        String configured = System.getenv("MOTO_SERVER");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(List.of(configured));
        }
        Optional<Path> onPath = onPath("moto_server");
        if (onPath.isPresent()) {
            return Optional.of(List.of(onPath.get().toString()));
        }
        Path shim = Path.of(System.getProperty("user.home"), ".pyenv", "shims", "moto_server");
        if (Files.isExecutable(shim)) {
            return Optional.of(List.of(shim.toString()));
        }
        return onPath("python3").filter(MotoServer::hasMotoModule)
                .map(python -> List.of(python.toString(), "-m", "moto.server"));
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

    private static boolean hasMotoModule(Path python) {
        try {
            Process probe = new ProcessBuilder(python.toString(), "-c", "import moto.server")
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
