package io.offerline.api;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * The time one request may take: a field whose fetch would start after {@link #LIMIT} fails with
 * {@code TIMEOUT}, so that a request stops well within API Gateway's 29 seconds instead of being
 * cut off without an answer. A fetch that has started runs to its end; the budget of
 * {@link QueryCost} and the bounded ranges keep each one short.
 */
final class ExecutionDeadline extends SimplePerformantInstrumentation {

    static final Duration LIMIT = Duration.ofSeconds(10);

    private final Clock clock;

    ExecutionDeadline(Clock clock) {
        this.clock = clock;
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return CompletableFuture.completedFuture(new Deadline(clock.instant().plus(LIMIT)));
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (!(state instanceof Deadline deadline) || parameters.isTrivialDataFetcher()) {
            return fetcher;
        }
        return environment -> {
            if (clock.instant().isAfter(deadline.at())) {
                throw new LimitExceeded("TIMEOUT", "The request took longer than " + LIMIT.toSeconds()
                        + " seconds; ask for less in one request.");
            }
            return fetcher.get(environment);
        };
    }

    private record Deadline(Instant at) implements InstrumentationState {
    }
}
