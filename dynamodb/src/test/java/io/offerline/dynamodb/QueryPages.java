package io.offerline.dynamodb;

import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Counts the Query pages a client receives, and nothing else, so that a benchmark's CPU time is
 * the reading's own: {@code testkit}'s CapacityMeter sizes every item of every page.
 */
final class QueryPages implements ExecutionInterceptor {

    private final AtomicLong pages = new AtomicLong();

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        if (context.response() instanceof QueryResponse) {
            pages.incrementAndGet();
        }
    }

    /** The pages received since the last call. */
    long drain() {
        return pages.getAndSet(0);
    }
}
