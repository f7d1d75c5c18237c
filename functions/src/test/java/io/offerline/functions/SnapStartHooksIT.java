package io.offerline.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.offerline.core.common.RandomSource;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

@ExtendWith(DynamoDbExtension.class)
class SnapStartHooksIT {

    @Test
    void beforeTheSnapshot_oneStorageReadIsMade_andItFindsNothing(TestDynamo dynamo) {
        Requests requests = new Requests();
        try (ApplicationContext context = context(dynamo, requests)) {
            SnapStartHooks hooks = context.getBean(SnapStartHooks.class);
            requests.seen = null;

            hooks.beforeCheckpoint(null);

            assertThat(requests.seen).isInstanceOf(GetItemRequest.class);
            assertThat(((GetItemRequest) requests.seen).tableName()).isEqualTo(dynamo.tables().config());
        }
    }

    @Test
    void afterARestore_theProcessDrawsFromANewlySeededGenerator(TestDynamo dynamo) {
        try (ApplicationContext context = context(dynamo, new Requests())) {
            RandomGenerator beforeRestore = RandomSource.process().generator();

            context.getBean(SnapStartHooks.class).afterRestore(null);

            assertThat(RandomSource.process().generator()).isNotSameAs(beforeRestore);
        }
    }

    private static ApplicationContext context(TestDynamo dynamo, Requests requests) {
        return ApplicationContext.builder()
                .properties(Map.of("dynamodb.endpoint", dynamo.endpoint(), "offerline.tables.config", dynamo.tables().config(),
                        "offerline.tables.events", dynamo.tables().events(), "offerline.tables.stats", dynamo.tables().stats()))
                .singletons(requests)
                .start();
    }

    /** The last request the client made. */
    static final class Requests implements ExecutionInterceptor {
        volatile SdkRequest seen;

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            seen = context.request();
        }
    }
}
