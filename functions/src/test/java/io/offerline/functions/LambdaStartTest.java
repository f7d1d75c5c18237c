package io.offerline.functions;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.micronaut.function.aws.MicronautRequestHandler;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every handler of the tracking jar starts as Lambda starts it (its no-arg constructor, whose
 * context creates every singleton at once) with only the settings the stack gives its function.
 * A bean that needs a setting another function has would fail that function's every cold start.
 * System properties stand in for the environment variables (the tables' names have defaults).
 */
class LambdaStartTest {

    private static final Map<String, String> LAMBDA = Map.of("dynamodb.endpoint", "http://127.0.0.1:9", "aws.region", "us-east-1");
    private static final String QUEUE = "http://127.0.0.1:9/000000000000/queue";

    @AfterEach
    void clear() {
        List.of("dynamodb.endpoint", "aws.region", "offerline.stats.failures", "offerline.outbound.queue-url").forEach(System::clearProperty);
    }

    @Test
    void theFunctionsWithoutQueues_start() {
        LAMBDA.forEach(System::setProperty);
        for (Supplier<MicronautRequestHandler<?, ?>> handler : List.<Supplier<MicronautRequestHandler<?, ?>>>of(VisitHandler::new,
                ClickHandler::new, DirectVisitHandler::new, ScriptHandler::new, PostbackHandler::new, PixelHandler::new,
                ExchangeRateRefreshHandler::new)) {
            assertStarts(handler);
        }
    }

    @Test
    void theStatsAggregator_startsWithItsFailureQueue() {
        LAMBDA.forEach(System::setProperty);
        System.setProperty("offerline.stats.failures", QUEUE);
        assertStarts(StatsAggregatorHandler::new);
    }

    @Test
    void theOutboundPostbacksFeedAndSender_startWithTheirQueue() {
        LAMBDA.forEach(System::setProperty);
        System.setProperty("offerline.outbound.queue-url", QUEUE);
        assertStarts(OutboundPostbackFeedHandler::new);
        assertStarts(OutboundPostbackSenderHandler::new);
    }

    private static void assertStarts(Supplier<MicronautRequestHandler<?, ?>> handler) {
        assertThatCode(() -> handler.get().close()).doesNotThrowAnyException();
    }
}
