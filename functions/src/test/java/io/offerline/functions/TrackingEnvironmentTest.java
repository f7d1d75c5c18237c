package io.offerline.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.function.aws.MicronautRequestHandler;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The functions that answer a visitor start, as Lambda starts them, with the tight storage budget; the others do not. */
class TrackingEnvironmentTest {

    @BeforeEach
    void pointAtAnEngineThatIsNeverCalled() {
        System.setProperty("dynamodb.endpoint", "http://127.0.0.1:9");
    }

    @AfterEach
    void clear() {
        System.clearProperty("dynamodb.endpoint");
    }

    @Test
    void visitorFacingHandlers_holdEveryStorageCallTo400Milliseconds_in2AttemptsOf150() {
        for (Supplier<MicronautRequestHandler<?, ?>> handler : List.<Supplier<MicronautRequestHandler<?, ?>>>of(
                VisitHandler::new, ClickHandler::new, DirectVisitHandler::new)) {
            ClientOverrideConfiguration budget = budgetOf(handler.get());

            assertThat(budget.apiCallAttemptTimeout()).contains(Duration.ofMillis(150));
            assertThat(budget.apiCallTimeout()).contains(Duration.ofMillis(400));
            assertThat(budget.retryStrategy().orElseThrow().maxAttempts()).isEqualTo(2);
        }
    }

    @Test
    void postbackHandler_keepsTheRoomierBudget() {
        ClientOverrideConfiguration budget = budgetOf(new PostbackHandler());

        assertThat(budget.apiCallTimeout().orElseThrow()).isGreaterThan(Duration.ofSeconds(1));
    }

    private static ClientOverrideConfiguration budgetOf(MicronautRequestHandler<?, ?> handler) {
        try (handler) {
            return handler.getApplicationContext().getBean(DynamoDbClient.class).serviceClientConfiguration().overrideConfiguration();
        }
    }
}
