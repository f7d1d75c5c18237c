package io.offerline.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class ApiSnapStartHooksIT {

    @Test
    void beforeTheSnapshot_aQueryRunsThroughTheBuiltSchema(TestDynamo dynamo) {
        try (ApiWorld world = new ApiWorld(dynamo)) {
            ExecutionResult primed = world.context.getBean(ApiSnapStartHooks.class).prime();

            assertThat(primed.getErrors()).isEmpty();
            assertThat(primed.<Map<String, Object>>getData()).isEqualTo(Map.of("__schema", Map.of("queryType", Map.of("name", "Query"))));
        }
    }
}
