package io.offerline.functions.outbound;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A traffic source's postback endpoint on loopback: records each call, answers the statuses it is given (then 200). */
public final class FakeSourceEndpoint implements AutoCloseable {

    /** One call: its path and query as sent, and its idempotency header. */
    public record Call(String pathAndQuery, String idempotencyKey) {
    }

    /** One call as a whole: method, headers (lower-case names, first values) and body. */
    public record Request(String method, String pathAndQuery, Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<Integer> answers = new ArrayDeque<>();

    public FakeSourceEndpoint() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String pathAndQuery = exchange.getRequestURI().getRawPath() + "?" + exchange.getRequestURI().getRawQuery();
            calls.add(new Call(pathAndQuery, exchange.getRequestHeaders().getFirst("Idempotency-Key")));
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            requests.add(new Request(exchange.getRequestMethod(), pathAndQuery, headers,
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            int status;
            synchronized (answers) {
                status = answers.isEmpty() ? 200 : answers.poll();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** The next calls are answered with these statuses, in order. */
    public void answer(Integer... statuses) {
        synchronized (answers) {
            answers.addAll(List.of(statuses));
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }


    @Override
    public void close() {
        server.stop(0);
    }
}
