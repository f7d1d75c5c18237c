package io.offerline.testkit;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Records every DynamoDB call of a client with the request units it would cost on DynamoDB,
 * computed from item sizes by {@link RequestUnits}, because moto's ConsumedCapacity is a
 * placeholder. Measurements pass it to the DynamoDB client factory (io.offerline.dynamodb.DynamoClients); production clients carry none.
 */
public final class CapacityMeter implements ExecutionInterceptor {

    private final List<MeteredCall> calls = new ArrayList<>();

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        record(RequestUnits.of(context.request(), context.response()));
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        record(RequestUnits.ofFailure(context.request(), context.exception()));
    }

    /** The calls recorded since the last drain, oldest first; the meter then starts over. */
    public synchronized List<MeteredCall> drain() {
        List<MeteredCall> drained = List.copyOf(calls);
        calls.clear();
        return drained;
    }

    private synchronized void record(MeteredCall call) {
        calls.add(call);
    }
}
