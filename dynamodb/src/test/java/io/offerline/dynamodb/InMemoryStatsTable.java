package io.offerline.dynamodb;

import io.offerline.testkit.ItemSizes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.thirdparty.jackson.core.JsonFactory;
import software.amazon.awssdk.thirdparty.jackson.core.JsonGenerator;

/**
 * A stats table in memory behind an SDK {@link SdkHttpClient}, for benchmarks of the report
 * reads: it answers the one Query {@link DynamoStatsCells} sends ({@code pk = :pk AND sk BETWEEN
 * :from AND :to}, the sort key and counters projected) in DynamoDB's JSON, cut into pages of 1 MB
 * of item bytes as DynamoDB bills them, with its {@code LastEvaluatedKey}. Each item's answer is
 * serialized once, when it is put, so a Query costs the engine almost nothing and the client's
 * CPU (the SDK's signing, parsing and unmarshalling, and the mapping to cells) is what a
 * benchmark measures: on moto a page takes seconds, and its time says nothing about DynamoDB.
 */
final class InMemoryStatsTable implements SdkHttpClient {

    private static final long PAGE_BYTES = 1024 * 1024;
    /** The SDK writes its JSON compactly, and the key values are ids, instants and URL-encoded values: no quote inside. */
    private static final Pattern VALUE = Pattern.compile("\"(:pk|:from|:to)\":\\{\"S\":\"([^\"]*)\"");
    /** Only the ExclusiveStartKey has an attribute {@code sk} with a value; the names map {@code #sk} to it. */
    private static final Pattern START = Pattern.compile("\"sk\":\\{\"S\":\"([^\"]*)\"");
    private static final JsonFactory FACTORY = new JsonFactory();

    private record Stored(byte[] json, long bytes) {
    }

    private final Map<String, NavigableMap<String, Stored>> partitions = new ConcurrentHashMap<>();
    /** The answers by request: a run repeats the Queries of the one before, and the engine's work is not what is measured. */
    private final Map<String, byte[]> answers = new ConcurrentHashMap<>();

    /** A client of this table (default SDK options) with {@code interceptors}, such as a page counter. */
    DynamoDbClient client(List<ExecutionInterceptor> interceptors) {
        return DynamoDbClient.builder()
                .httpClient(this)
                .endpointOverride(URI.create("http://stats.in-memory"))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .overrideConfiguration(configuration -> configuration.executionInterceptors(interceptors))
                .build();
    }

    /** Stores {@code items} (each with its partition and sort key). */
    void put(List<Map<String, AttributeValue>> items) {
        answers.clear();
        items.forEach(item -> partitions.computeIfAbsent(item.get(OfferlineTables.PARTITION_KEY).s(), pk -> new TreeMap<>())
                .put(item.get(OfferlineTables.SORT_KEY).s(), new Stored(json(item), ItemSizes.item(item))));
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        byte[] body = request.contentStreamProvider().map(provider -> read(provider.newStream())).orElseThrow();
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                byte[] answer = answers.computeIfAbsent(new String(body, java.nio.charset.StandardCharsets.UTF_8), request -> query(body));
                return HttpExecuteResponse.builder()
                        .response(SdkHttpResponse.builder().statusCode(200)
                                .putHeader("Content-Type", "application/x-amz-json-1.0")
                                .putHeader("Content-Length", Integer.toString(answer.length)).build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(answer)))
                        .build();
            }

            @Override
            public void abort() {
            }
        };
    }

    private byte[] query(byte[] body) {
        Map<String, String> values = new java.util.HashMap<>();
        Matcher found = VALUE.matcher(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        while (found.find()) {
            values.put(found.group(1), found.group(2));
        }
        String partition = values.get(":pk");
        NavigableMap<String, Stored> items = partitions.getOrDefault(partition, new TreeMap<>())
                .subMap(values.get(":from"), true, values.get(":to"), true);
        Matcher start = START.matcher(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        if (start.find()) {
            items = items.tailMap(start.group(1), false);
        }
        try {
            return page(partition, items);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] page(String partition, NavigableMap<String, Stored> items) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("{\"Items\":[".getBytes());
        long bytes = 0;
        int count = 0;
        String last = null;
        for (Map.Entry<String, Stored> item : items.entrySet()) {
            if (bytes >= PAGE_BYTES) {
                break;
            }
            if (count > 0) {
                out.write(',');
            }
            out.write(item.getValue().json());
            bytes += item.getValue().bytes();
            count++;
            last = item.getKey();
        }
        out.write(("],\"Count\":" + count + ",\"ScannedCount\":" + count).getBytes());
        if (last != null && !last.equals(items.lastKey())) {
            try (JsonGenerator key = FACTORY.createGenerator(out)) {
                out.write(",\"LastEvaluatedKey\":".getBytes());
                key.writeStartObject();
                key.writeObjectFieldStart(OfferlineTables.PARTITION_KEY);
                key.writeStringField("S", partition);
                key.writeEndObject();
                key.writeObjectFieldStart(OfferlineTables.SORT_KEY);
                key.writeStringField("S", last);
                key.writeEndObject();
                key.writeEndObject();
            }
        }
        out.write('}');
        return out.toByteArray();
    }

    /** The item as a Query projecting everything but the partition key answers it. */
    private static byte[] json(Map<String, AttributeValue> item) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
                if (attribute.getKey().equals(OfferlineTables.PARTITION_KEY)) {
                    continue;
                }
                json.writeObjectFieldStart(attribute.getKey());
                AttributeValue value = attribute.getValue();
                json.writeStringField(value.type() == AttributeValue.Type.N ? "N" : "S", value.type() == AttributeValue.Type.N ? value.n() : value.s());
                json.writeEndObject();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] read(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String clientName() {
        return "InMemoryStatsTable";
    }

    @Override
    public void close() {
    }
}
