package io.offerline.local;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The README walkthrough's HTTP calls, against a running local stack. */
final class Walkthrough {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;
    private final String apiKey;

    Walkthrough(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    Map<String, Object> graphql(String query, Map<String, Object> variables) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/graphql"))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(Map.of("query", query, "variables", variables))))
                .build();
        return parse(send(request).body());
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * What {@code read} answers once {@code done} holds, or its last answer after ten seconds:
     * stats follow events by a poll of the stream (about a second).
     */
    static <T> T eventually(Supplier<T> read, Predicate<T> done) throws InterruptedException {
        T answer = read.get();
        for (int attempt = 0; attempt < 50 && !done.test(answer); attempt++) {
            Thread.sleep(200);
            answer = read.get();
        }
        return answer;
    }

    static Map<String, Object> parse(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
