package io.offerline.dynamodb;

import static io.offerline.dynamodb.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.core.common.ConflictException;
import io.offerline.core.common.Ids;
import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.network.AffiliateNetworkDraft;
import io.offerline.core.network.PostbackSecret;
import io.offerline.core.workspace.EntityFilter;
import java.util.ArrayList;
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

    @Test
    void replace_writesTheNewVersion_whenTheExpectedVersionIsCurrent(TestDynamo dynamo) {
        DynamoAffiliateNetworkRepository networks = repository(dynamo);
        AffiliateNetwork network = network("ws", "Net", 0);
        networks.create(network);

        AffiliateNetwork archived = network.withArchived(true, NOW.plusSeconds(60));
        networks.replace(archived, 1);

        assertThat(networks.find(network.id())).contains(archived);
        assertThat(archived.version()).isEqualTo(2);
    }

    @Test
    void replace_isAConflict_andLeavesTheItemUnchanged_whenTheVersionIsStale(TestDynamo dynamo) {
        DynamoAffiliateNetworkRepository networks = repository(dynamo);
        AffiliateNetwork network = network("ws", "Net", 0);
        networks.create(network);
        AffiliateNetwork current = network.withArchived(true, NOW.plusSeconds(60));
        networks.replace(current, 1);

        AffiliateNetwork stale = network.withArchived(false, NOW.plusSeconds(120));

        assertThatThrownBy(() -> networks.replace(stale, 1))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining(network.id())
                .hasMessageContaining("version 1");
        assertThat(networks.find(network.id())).contains(current);
    }

    @Test
    void replace_isAConflict_whenTheNetworkDoesNotExist(TestDynamo dynamo) {
        DynamoAffiliateNetworkRepository networks = repository(dynamo);
        AffiliateNetwork missing = network("ws", "Ghost", 0);

        assertThatThrownBy(() -> networks.replace(missing, 1)).isInstanceOf(ConflictException.class);
        assertThat(networks.find(missing.id())).isEmpty();
    }

    @Test
    void list_pagesThroughEveryNetworkExactlyOnce_oldestFirst_whenFirstIsTwo(TestDynamo dynamo) {
        DynamoAffiliateNetworkRepository networks = repository(dynamo);
        List<AffiliateNetwork> created = new ArrayList<>();
        for (int index = 0; index < 5; index++) {
            created.add(network("ws-paged", "Network " + index, index));
        }
        created.forEach(networks::create);
        networks.create(network("ws-other", "Elsewhere", 0));

        List<AffiliateNetwork> seen = allPages(networks, "ws-paged", new EntityFilter(null, null, null), 2);

        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void list_appliesTheSearchCaseInsensitively_andTheArchivedFilter_acrossPages(TestDynamo dynamo) {
        DynamoAffiliateNetworkRepository networks = repository(dynamo);
        AffiliateNetwork everflowUs = network("ws", "Everflow US", 0);
        AffiliateNetwork cake = network("ws", "CAKE Direct", 1);
        AffiliateNetwork everflowEu = network("ws", "EVERFLOW EU", 2);
        AffiliateNetwork oldEverflow = network("ws", "Old everflow", 3).withArchived(true, NOW.plusSeconds(10));
        AffiliateNetwork tune = network("ws", "TUNE", 4);
        List.of(everflowUs, cake, everflowEu, oldEverflow, tune).forEach(networks::create);

        assertThat(allPages(networks, "ws", new EntityFilter("  everFLOW ", null, false), 1)).containsExactly(everflowUs, everflowEu);
        assertThat(allPages(networks, "ws", new EntityFilter("everflow", null, null), 2)).containsExactly(everflowUs, everflowEu, oldEverflow);
        assertThat(allPages(networks, "ws", new EntityFilter(null, null, true), 2)).containsExactly(oldEverflow);
        assertThat(allPages(networks, "ws", EntityFilter.ACTIVE, 2)).containsExactly(everflowUs, cake, everflowEu, tune);
    }

    private static List<AffiliateNetwork> allPages(DynamoAffiliateNetworkRepository repository, String workspaceId, EntityFilter filter, int pageSize) {
        return Pages.all(page -> repository.list(workspaceId, filter, page), pageSize);
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
