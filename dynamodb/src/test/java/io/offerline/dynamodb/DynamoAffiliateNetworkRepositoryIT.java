package io.offerline.dynamodb;

import static io.offerline.dynamodb.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.common.Ids;
import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.network.AffiliateNetworkDraft;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class DynamoAffiliateNetworkRepositoryIT {

    @Test
    void network_roundTripsEveryField_andBatchReadSkipsMissingIds(TestDynamo dynamo) {
        DynamoAffiliateNetworkRepository networks = repository(dynamo);
        AffiliateNetwork full = new AffiliateNetworkDraft("ws", "everflow", "Everflow US", null, "amount", null, "EUR", true, 14,
                List.of("203.0.113.0/24", "2001:db8::/32", "198.51.100.7"), "s3cret-value", "Net 30.")
                .toNetwork(Ids.newId(), "acc", null, false, 1, NOW, NOW.plusSeconds(5));
        AffiliateNetwork bare = network("ws", "Bare", 0);

        networks.create(full);
        networks.create(bare);

        assertThat(networks.find(full.id())).contains(full);
        assertThat(networks.find(bare.id())).contains(bare);
        assertThat(networks.find(full.id()).orElseThrow().postbackSecret().matches("s3cret-value")).isTrue();
        assertThat(networks.findAll(List.of(full.id(), "missing", bare.id(), full.id()))).containsExactlyInAnyOrder(full, bare);
    }

    private static DynamoAffiliateNetworkRepository repository(TestDynamo dynamo) {
        return new DynamoAffiliateNetworkRepository(dynamo.documentTables(), new BatchReader(dynamo.enhancedClient()));
    }

    /** A network created {@code minutesAfter} minutes after NOW, so lists have a known order. */
    private static AffiliateNetwork network(String workspaceId, String name, int minutesAfter) {
        return new AffiliateNetworkDraft(workspaceId, null, name, "aff_sub", null, null, null, null, null, List.of(), null, null)
                .toNetwork(Ids.newId(), "acc", null, false, 1, NOW.plusSeconds(60L * minutesAfter), NOW.plusSeconds(60L * minutesAfter));
    }
}
