package io.offerline.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The SDK requests a path made while it was recorded, per scenario, so that a benchmark can
 * send exactly those requests on the bare client: the yardstick a path is measured against.
 */
final class SdkCalls implements ExecutionInterceptor {

    private final Map<String, List<SdkRequest>> byScenario = new ConcurrentHashMap<>();
    private volatile String scenario;

    /** Records the requests made from now on under {@code name}; null stops recording. */
    void recordAs(String name) {
        scenario = name;
        if (name != null) {
            byScenario.put(name, new ArrayList<>());
        }
    }

    List<SdkRequest> of(String name) {
        return List.copyOf(byScenario.getOrDefault(name, List.of()));
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String recording = scenario;
        if (recording != null) {
            byScenario.get(recording).add(context.request());
        }
    }

    /**
     * Sends each request on {@code client}, as the path did; a failed condition is an answer, as it
     * was on the path. Returns the items read plus the writes answered, which a benchmark returns so
     * that nothing is optimised away.
     */
    static int send(DynamoDbClient client, List<SdkRequest> requests) {
        int answered = 0;
        for (SdkRequest request : requests) {
            try {
                answered += sent(client, request);
            } catch (ConditionalCheckFailedException refused) {
                answered++;
            }
        }
        return answered;
    }

    private static int sent(DynamoDbClient client, SdkRequest request) {
        if (request instanceof GetItemRequest get) {
            return client.getItem(get).hasItem() ? 1 : 0;
        }
        if (request instanceof BatchGetItemRequest batch) {
            return client.batchGetItem(batch).responses().size();
        }
        if (request instanceof QueryRequest query) {
            return client.query(query).count();
        }
        if (request instanceof PutItemRequest put) {
            client.putItem(put);
            return 1;
        }
        if (request instanceof UpdateItemRequest update) {
            client.updateItem(update);
            return 1;
        }
        if (request instanceof TransactWriteItemsRequest transaction) {
            client.transactWriteItems(transaction);
            return 1;
        }
        throw new IllegalArgumentException("not a recorded kind of call: " + request.getClass().getSimpleName());
    }
}
