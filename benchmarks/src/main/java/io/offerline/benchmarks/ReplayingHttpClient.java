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
 * duplicate). When a scenario gave one and the same answer to every request of an operation, a
 * replayed request of it is answered without reading its body: the stub stands for the network,
 * and its own parsing would otherwise be counted as the SDK's.
 */
final class ReplayingHttpClient implements SdkHttpClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TARGET = "X-Amz-Target";

    private record Answer(SdkHttpResponse response, byte[] body) {

        boolean same(Answer other) {
            return response.statusCode() == other.response.statusCode() && java.util.Arrays.equals(body, other.body);
        }
    }

    /** Marks an operation whose recorded answers differ, so that its requests are matched by body. */
    private static final Answer VARIED = new Answer(SdkHttpResponse.builder().statusCode(0).build(), new byte[0]);

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
        String operation = request.httpRequest().firstMatchingHeader(TARGET).orElse("");
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                if (replaying) {
                    Answer same = recordings.getOrDefault(scenario, Map.of()).get(operation);
                    return same != null && same != VARIED ? answered(same) : replayed(keys(operation, body(request)));
                }
                byte[] body = body(request);
                return recorded(request, body, operation, keys(operation, body));
            }

            @Override
            public void abort() {
            }
        };
    }

    private HttpExecuteResponse recorded(HttpExecuteRequest request, byte[] body, String operation, List<String> keys) throws IOException {
        HttpExecuteRequest resent = HttpExecuteRequest.builder()
                .request(request.httpRequest())
                .contentStreamProvider(() -> new ByteArrayInputStream(body))
                .build();
        HttpExecuteResponse response = engine.prepareRequest(resent).call();
        byte[] answer = response.responseBody().map(ReplayingHttpClient::read).orElse(new byte[0]);
        Map<String, Answer> recording = recordings.computeIfAbsent(scenario, name -> new ConcurrentHashMap<>());
        Answer recorded = new Answer(response.httpResponse(), answer);
        keys.forEach(key -> recording.put(key, recorded));
        recording.merge(operation, recorded, (earlier, later) -> earlier.same(later) ? earlier : VARIED);
        return answered(recorded);
    }

    private static byte[] body(HttpExecuteRequest request) {
        return request.contentStreamProvider().map(provider -> read(provider.newStream())).orElse(new byte[0]);
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
