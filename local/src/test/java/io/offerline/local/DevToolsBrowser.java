package io.offerline.local;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven over the DevTools protocol (one WebSocket, one tab), for
 * tests that click through a page: load a URL, run a script in it and read its answer, wait for
 * a condition, take a screenshot, let downloads go to a folder.
 */
final class DevToolsBrowser implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 900;

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final String session;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();

    private DevToolsBrowser(Process process, Path profile, WebSocket socket, Listener listener) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
        listener.browser = this;
        this.session = open();
    }

    static DevToolsBrowser start(Path executable) {
        Path profile = null;
        Process process = null;
        try {
            profile = Files.createTempDirectory("offerline-devtools-");
            process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--remote-debugging-port=0", "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT, "about:blank")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            String endpoint = endpoint(process);
            Listener listener = new Listener();
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(endpoint), listener)
                    .get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return new DevToolsBrowser(process, profile, socket, listener);
        } catch (IOException | ExecutionException | TimeoutException | RuntimeException e) {
            stop(process);
            throw new IllegalStateException("Chromium did not start for DevTools: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(process);
            throw new IllegalStateException(e);
        }
    }

    /** The browser's WebSocket address, which it prints once listening; its other output is drained. */
    private static String endpoint(Process process) throws IOException {
        BufferedReader errors = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        for (String line = errors.readLine(); line != null; line = errors.readLine()) {
            Matcher matcher = LISTENING.matcher(line);
            if (matcher.find()) {
                Thread drain = new Thread(() -> errors.lines().forEach(ignored -> { }), "chromium-stderr");
                drain.setDaemon(true);
                drain.start();
                return matcher.group(1);
            }
        }
        throw new IllegalStateException("Chromium exited before it listened for DevTools");
    }

    /** A new tab, attached in flat mode so that its commands go over the browser's socket. */
    @SuppressWarnings("unchecked")
    private String open() {
        String target = (String) command(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId");
        String attached = (String) command(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true)).get("sessionId");
        command(attached, "Emulation.setDeviceMetricsOverride", Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
        return attached;
    }

    void navigate(String url) {
        command(session, "Page.navigate", Map.of("url", url));
        waitUntil("document.readyState === 'complete' && location.href !== 'about:blank'", Duration.ofSeconds(30));
    }

    /** The value of a script run in the page (awaited when it is a promise). */
    @SuppressWarnings("unchecked")
    Object evaluate(String script) {
        Map<String, Object> answer = command(session, "Runtime.evaluate",
                Map.of("expression", script, "awaitPromise", true, "returnByValue", true));
        if (answer.containsKey("exceptionDetails")) {
            Map<String, Object> details = (Map<String, Object>) answer.get("exceptionDetails");
            Object exception = details.get("exception");
            throw new IllegalStateException("the page's script failed: "
                    + (exception instanceof Map<?, ?> thrown ? thrown.get("description") : details.get("text")) + "\nin: " + script);
        }
        return ((Map<String, Object>) answer.get("result")).get("value");
    }

    /**
     * Waits until the script answers true; a script that fails (its element not there yet, the
     * page reloading) counts as false. Fails with the page's text after {@code timeout}.
     */
    void waitUntil(String condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!holds(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s for " + condition + "; the page shows:\n"
                        + evaluate("document.body ? document.body.innerText.slice(0, 3000) : '(no body)'"));
            }
            sleep(100);
        }
    }

    private boolean holds(String condition) {
        try {
            return Boolean.TRUE.equals(evaluate("Boolean(" + condition + ")"));
        } catch (IllegalStateException notYet) {
            return false;
        }
    }

    void screenshot(Path file) {
        String png = (String) command(session, "Page.captureScreenshot", Map.of("format", "png")).get("data");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, Base64.getDecoder().decode(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files the page downloads are saved into {@code folder} under their own names. */
    void downloadInto(Path folder) {
        command(null, "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
    }

    private Map<String, Object> command(String sessionId, String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", id);
        message.put("method", method);
        message.put("params", params);
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<Map<String, Object>> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            socket.sendText(MAPPER.writeValueAsString(message), true).get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return answer.get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException(method + " got no answer", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(method + " failed: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pending.remove(id);
        }
    }

    @SuppressWarnings("unchecked")
    private void receive(String text) {
        Map<String, Object> message;
        try {
            message = MAPPER.readValue(text, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object id = message.get("id");
        if (id == null) {
            return;
        }
        CompletableFuture<Map<String, Object>> answer = pending.get(((Number) id).intValue());
        if (answer == null) {
            return;
        }
        if (message.containsKey("error")) {
            answer.completeExceptionally(new IllegalStateException(String.valueOf(message.get("error"))));
        } else {
            answer.complete((Map<String, Object>) message.getOrDefault("result", Map.of()));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        socket.abort();
        stop(process);
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // a temp profile left behind is harmless
        }
    }

    /** Only the process this class started, and the helpers it started itself. */
    private static void stop(Process process) {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Joins the socket's text frames into messages. */
    private static final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();
        private volatile DevToolsBrowser browser;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                if (browser != null) {
                    browser.receive(text);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
