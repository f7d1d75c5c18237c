package io.offerline.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ExecutionDeadlineTest {

    private static final Instant START = Instant.parse("2026-11-26T12:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final List<String> fetched = new ArrayList<>();

    @Test
    void fieldsThatWouldStartAfterTheLimit_failWithTimeout_andDoNotRun() {
        ExecutionResult result = graphQL().execute("{ slow first: quick second: quick }");

        assertThat(fetched).containsExactly("slow");
        assertThat(result.getErrors()).hasSize(2).allSatisfy(error -> {
            assertThat(error.getExtensions()).containsEntry("code", "TIMEOUT");
            assertThat(error.getMessage()).contains(ExecutionDeadline.LIMIT.toSeconds() + " seconds");
        });
        assertThat(result.getErrors()).extracting(GraphQLError::getPath).containsExactlyInAnyOrder(List.of("first"), List.of("second"));
    }

    @Test
    void aRequestWithinTheLimit_runsEveryField() {
        ExecutionResult result = graphQL().execute("{ quick again: quick }");

        assertThat(result.getErrors()).isEmpty();
        assertThat((Map<String, Object>) result.getData()).containsEntry("quick", 1).containsEntry("again", 1);
    }

    private GraphQL graphQL() {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring().type("Query", type -> type
                .dataFetcher("slow", environment -> {
                    fetched.add("slow");
                    now.set(now.get().plus(ExecutionDeadline.LIMIT).plus(Duration.ofMillis(1)));
                    return 1;
                })
                .dataFetcher("quick", environment -> {
                    fetched.add("quick");
                    return 1;
                }))
                .build();
        return GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("type Query { slow: Int quick: Int }"), wiring))
                .instrumentation(new ExecutionDeadline(clock()))
                .defaultDataFetcherExceptionHandler(new ErrorHandler())
                .build();
    }

    private Clock clock() {
        return new Clock() {
            @Override
            public Instant instant() {
                return now.get();
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
    }
}
