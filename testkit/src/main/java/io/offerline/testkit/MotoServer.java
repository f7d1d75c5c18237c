package io.offerline.testkit;

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

/**
 * A {@code moto_server} child process on a free loopback port: the DynamoDB engine of the tests
 * and the local stack when {@code DYNAMODB_ENDPOINT} is not set.
 */
public final class MotoServer implements AutoCloseable {

    public static final String START_HINT =
            "moto_server could not be started: set MOTO_SERVER to a working moto_server (or unset it, and Offerline finds or installs one itself), or DYNAMODB_ENDPOINT to a running engine.";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final String endpoint;

    private MotoServer(Process process, String endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /**
     * Starts the moto found on this machine ({@link MotoLocator}, which installs one into the
     * project's virtual environment when there is none) and returns once it answers HTTP.
     */
    public static MotoServer start() {
        return start(command(MotoLocator.forThisProcess().locate()));
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
            throw new MotoUnavailableException(START_HINT, e);
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

    /** The command that runs {@code program}: a Python runs moto through the serializing launcher. */
    private static List<String> command(MotoProgram program) {
        return program.python() ? List.of(program.path(), launcher().toString()) : List.of(program.path());
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
                throw new MotoUnavailableException("moto_server exited with code " + process.exitValue() + " before it answered. " + START_HINT);
            }
            if (answers()) {
                return;
            }
            sleep();
        }
        close();
        throw new MotoUnavailableException("moto_server did not answer on " + endpoint + " within " + START_TIMEOUT.toSeconds() + " s.");
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
