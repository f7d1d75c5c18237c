package io.offerline.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * An SDK HTTP client that first passes requests to the real engine (moto) and records its
 * answers, then, once {@link #replay() replaying}, answers every request in-process with the
 * answer the engine gave to the same request. So a benchmark counts the SDK's marshalling,
 * signing and unmarshalling and Offerline's own work, and not the network or the engine.
 *
 * <p>A request is matched by operation and body first; writes, whose bodies change with every
 * visit (click ids, times), fall back to the same operation on the same table and item key, then
 * to the same table. Recordings are kept per {@link #scenario scenario}, so that the same write
 * can answer success in one benchmark (a first postback) and a failed condition in another (a
 * duplicate).
 */
final class ReplayingHttpClient implements SdkHttpClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TARGET = "X-Amz-Target";

    private record Answer(SdkHttpResponse response, byte[] body) {
    }

    private final SdkHttpClient engine = UrlConnectionHttpClient.create();
    private final Map<String, Map<String, Answer>> recordings = new ConcurrentHashMap<>();
    private volatile boolean replaying;
    private volatile String scenario = "default";

    /** Records into, or replays from, the recordings of {@code name}. */
    void scenario(String name) {
        scenario = name;
    }

    /** From now on nothing reaches the engine. */
    void replay() {
        replaying = true;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        byte[] body = request.contentStreamProvider().map(provider -> read(provider.newStream())).orElse(new byte[0]);
        String operation = request.httpRequest().firstMatchingHeader(TARGET).orElse("");
        List<String> keys = keys(operation, body);
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                return replaying ? replayed(keys) : recorded(request, body, keys);
            }

            @Override
            public void abort() {
            }
        };
    }

    private HttpExecuteResponse recorded(HttpExecuteRequest request, byte[] body, List<String> keys) throws IOException {
        HttpExecuteRequest resent = HttpExecuteRequest.builder()
                .request(request.httpRequest())
                .contentStreamProvider(() -> new ByteArrayInputStream(body))
                .build();
        HttpExecuteResponse response = engine.prepareRequest(resent).call();
        byte[] answer = response.responseBody().map(ReplayingHttpClient::read).orElse(new byte[0]);
        Map<String, Answer> recording = recordings.computeIfAbsent(scenario, name -> new ConcurrentHashMap<>());
        keys.forEach(key -> recording.put(key, new Answer(response.httpResponse(), answer)));
        return answered(new Answer(response.httpResponse(), answer));
    }

    private HttpExecuteResponse replayed(List<String> keys) {
        Map<String, Answer> recording = recordings.getOrDefault(scenario, Map.of());
        for (String key : keys) {
            Answer answer = recording.get(key);
            if (answer != null) {
                return answered(answer);
            }
        }
        throw new IllegalStateException("No recorded answer in scenario " + scenario + " for " + keys.get(0));
    }

    private static HttpExecuteResponse answered(Answer answer) {
        return HttpExecuteResponse.builder()
                .response(answer.response())
                .responseBody(AbortableInputStream.create(new ByteArrayInputStream(answer.body())))
                .build();
    }

    /** Match keys, most specific first: the whole request, then its item key, then its table. */
    private static List<String> keys(String operation, byte[] body) {
        String exact = operation + " " + new String(body, java.nio.charset.StandardCharsets.UTF_8);
        try {
            JsonNode request = JSON.readTree(body);
            String table = request.path("TableName").asText("");
            JsonNode key = request.has("Key") ? request.get("Key") : request.path("Item");
            String item = key.path("pk").path("S").asText("") + "|" + key.path("sk").path("S").asText("");
            return List.of(exact, operation + " " + table + " " + item, operation + " " + table);
        } catch (IOException notJson) {
            return List.of(exact);
        }
    }

    private static byte[] read(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
