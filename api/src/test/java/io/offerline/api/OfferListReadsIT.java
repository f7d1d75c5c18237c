package io.offerline.api;

import static io.offerline.api.JsonPath.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.account.Role;
import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.Keys;
import io.offerline.dynamodb.OfferlineTables;
import io.offerline.dynamodb.TestDynamo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * What one page of offers with their stats reads from storage: the workspace and the account once
 * each, however many fields need them, and the same refusals as before for a workspace the caller
 * may not see.
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfferListReadsIT {

    private final ItemReads reads = new ItemReads();
    private ApiWorld world;
    private AccountBootstrap.Bootstrapped account;
    private String hidden;
    private String worker;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new ApiWorld(dynamo, reads);
        account = world.account("Reader");
        for (int i = 0; i < 3; i++) {
            world.createOffer(account, account.workspace().id());
        }
        hidden = (String) at(ApiWorld.parse(world.post(account.apiKey(),
                "mutation { createWorkspace(input: {name: \"Hidden\", visibility: PRIVATE}) { id } }", Map.of())), "data.createWorkspace.id");
        world.createOffer(account, hidden);
        worker = world.keyOf(account, world.createUser(account, "worker@reader.example", Role.WORKER, List.of()));
    }

    @BeforeEach
    void forgetReads() {
        reads.clear();
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void offersWithStats_readTheWorkspaceAndTheAccountOnce() {
        Map<String, Object> page = world.call(account, "offersWithStats", Map.of("workspaceId", account.workspace().id()));

        assertThat(page.get("errors")).isNull();
        assertThat((List<?>) at(page, "data.offers.edges")).hasSize(3);
        assertThat(reads.of(Keys.workspace(account.workspace().id()))).as("GetItems of the workspace").isEqualTo(1);
        assertThat(reads.of(Keys.account(account.account().id()))).as("GetItems of the account").isEqualTo(1);
    }

    @Test
    void offersWithStats_ofAPrivateWorkspaceTheCallerIsNotAssignedTo_answerLikeAMissingWorkspace() {
        Map<String, Object> hiddenPage = ApiWorld.parse(world.post(worker, ApiWorld.operation("offersWithStats"), Map.of("workspaceId", hidden)));
        Map<String, Object> missingPage = ApiWorld.parse(world.post(worker, ApiWorld.operation("offersWithStats"),
                Map.of("workspaceId", "no-such-workspace")));
        Map<String, Object> byOwner = world.call(account, "offersWithStats", Map.of("workspaceId", hidden));

        assertThat(at(hiddenPage, "data")).isNull();
        assertThat(at(hiddenPage, "errors.0.message")).isEqualTo("workspaceId: No workspace with id " + hidden + ".");
        assertThat(at(missingPage, "errors.0.message")).isEqualTo("workspaceId: No workspace with id no-such-workspace.");
        assertThat(at(byOwner, "errors")).isNull();
        assertThat((List<?>) at(byOwner, "data.offers.edges")).hasSize(1);
    }

    /** Every GetItem the API sends, by key, in the order sent. */
    private static final class ItemReads implements ExecutionInterceptor {

        private final List<Map<String, AttributeValue>> keys = new ArrayList<>();

        @Override
        public synchronized void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof GetItemRequest get) {
                keys.add(get.key());
            }
        }

        synchronized void clear() {
            keys.clear();
        }

        synchronized long of(Key key) {
            Map<String, AttributeValue> wanted = Map.of(OfferlineTables.PARTITION_KEY, key.partitionKeyValue(),
                    OfferlineTables.SORT_KEY, key.sortKeyValue().orElseThrow());
            return keys.stream().filter(wanted::equals).count();
        }
    }
}
