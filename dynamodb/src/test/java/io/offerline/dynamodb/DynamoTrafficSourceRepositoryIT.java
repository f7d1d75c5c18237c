package io.offerline.dynamodb;

import static io.offerline.dynamodb.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.core.campaign.CostModel;
import io.offerline.core.campaign.CostType;
import io.offerline.core.common.ConflictException;
import io.offerline.core.common.Ids;
import io.offerline.core.trafficsource.TrackingFieldParameter;
import io.offerline.core.trafficsource.TrafficSource;
import io.offerline.core.trafficsource.TrafficSourceDraft;
import io.offerline.core.trafficsource.TrafficSourceParameter;
import java.math.BigDecimal;
import io.offerline.core.workspace.EntityFilter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class DynamoTrafficSourceRepositoryIT {

    @Test
    void trafficSource_roundTripsEveryField_andBatchReadSkipsMissingIds(TestDynamo dynamo) {
        DynamoTrafficSourceRepository sources = repository(dynamo);
        TrafficSource full = new TrafficSourceDraft("ws", "PropellerAds", new TrafficSourceParameter("clickid", "${SUBID}"),
                new TrafficSourceParameter("cost", "{cost}"),
                List.of(new TrackingFieldParameter("zone", "zoneid", "{zoneid}"), new TrackingFieldParameter("os", "os", "[OS]")),
                new CostModel(CostType.CPM, new BigDecimal("1.25"), Currency.getInstance("EUR")), "Pays weekly.")
                .toTrafficSource(Ids.newId(), "acc", true, 3, NOW, NOW.plusSeconds(5));
        TrafficSource bare = source("ws", "Bare", 0);

        sources.create(full);
        sources.create(bare);

        assertThat(sources.find(full.id())).contains(full);
        assertThat(sources.find(full.id()).orElseThrow().trackingQuery())
                .isEqualTo("clickid=${SUBID}&cost={cost}&zoneid={zoneid}&os=[OS]");
        assertThat(sources.find(bare.id())).contains(bare);
        assertThat(bare.externalId()).isNull();
        assertThat(bare.trackingFields()).isEmpty();
        assertThat(sources.findAll(List.of(full.id(), "missing", bare.id(), full.id()))).containsExactlyInAnyOrder(full, bare);
    }

    @Test
    void replace_writesTheNewVersion_whenTheExpectedVersionIsCurrent(TestDynamo dynamo) {
        DynamoTrafficSourceRepository sources = repository(dynamo);
        TrafficSource source = source("ws", "Source", 0);
        sources.create(source);

        TrafficSource archived = source.withArchived(true, NOW.plusSeconds(60));
        sources.replace(archived, 1);

        assertThat(sources.find(source.id())).contains(archived);
        assertThat(archived.version()).isEqualTo(2);
    }

    @Test
    void replace_isAConflict_andLeavesTheItemUnchanged_whenTheVersionIsStale(TestDynamo dynamo) {
        DynamoTrafficSourceRepository sources = repository(dynamo);
        TrafficSource source = source("ws", "Source", 0);
        sources.create(source);
        TrafficSource current = source.withArchived(true, NOW.plusSeconds(60));
        sources.replace(current, 1);

        TrafficSource stale = source.withArchived(false, NOW.plusSeconds(120));

        assertThatThrownBy(() -> sources.replace(stale, 1))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("traffic source " + source.id())
                .hasMessageContaining("version 1");
        assertThat(sources.find(source.id())).contains(current);
    }

    @Test
    void replace_isAConflict_whenTheSourceDoesNotExist(TestDynamo dynamo) {
        DynamoTrafficSourceRepository sources = repository(dynamo);
        TrafficSource missing = source("ws", "Ghost", 0);

        assertThatThrownBy(() -> sources.replace(missing, 1)).isInstanceOf(ConflictException.class);
        assertThat(sources.find(missing.id())).isEmpty();
    }

    @Test
    void list_pagesThroughEverySourceExactlyOnce_oldestFirst_whenFirstIsTwo(TestDynamo dynamo) {
        DynamoTrafficSourceRepository sources = repository(dynamo);
        List<TrafficSource> created = new ArrayList<>();
        for (int index = 0; index < 5; index++) {
            created.add(source("ws-paged", "Source " + index, index));
        }
        created.forEach(sources::create);
        sources.create(source("ws-other", "Elsewhere", 0));

        List<TrafficSource> seen = allPages(sources, "ws-paged", new EntityFilter(null, null, null), 2);

        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void list_appliesTheSearchCaseInsensitively_andTheArchivedFilter_acrossPages(TestDynamo dynamo) {
        DynamoTrafficSourceRepository sources = repository(dynamo);
        TrafficSource propellerPush = source("ws", "Propeller Push", 0);
        TrafficSource zeropark = source("ws", "Zeropark", 1);
        TrafficSource propellerPop = source("ws", "PROPELLER Pop", 2);
        TrafficSource oldPropeller = source("ws", "Old propeller", 3).withArchived(true, NOW.plusSeconds(10));
        TrafficSource meta = source("ws", "Meta", 4);
        List.of(propellerPush, zeropark, propellerPop, oldPropeller, meta).forEach(sources::create);

        assertThat(allPages(sources, "ws", new EntityFilter(" propELLER ", null, false), 1)).containsExactly(propellerPush, propellerPop);
        assertThat(allPages(sources, "ws", new EntityFilter("propeller", null, null), 2))
                .containsExactly(propellerPush, propellerPop, oldPropeller);
        assertThat(allPages(sources, "ws", new EntityFilter(null, null, true), 2)).containsExactly(oldPropeller);
        assertThat(allPages(sources, "ws", EntityFilter.ACTIVE, 2)).containsExactly(propellerPush, zeropark, propellerPop, meta);
    }

    private static List<TrafficSource> allPages(DynamoTrafficSourceRepository repository, String workspaceId, EntityFilter filter, int pageSize) {
        return Pages.all(page -> repository.list(workspaceId, filter, page), pageSize);
    }

    private static DynamoTrafficSourceRepository repository(TestDynamo dynamo) {
        return new DynamoTrafficSourceRepository(dynamo.documentTables(), new BatchReader(dynamo.enhancedClient()));
    }

    /** A source created {@code minutesAfter} minutes after NOW, so lists have a known order. */
    private static TrafficSource source(String workspaceId, String name, int minutesAfter) {
        return new TrafficSourceDraft(workspaceId, name, null, null, null, CostModel.notTracked(Fixtures.USD), null)
                .toTrafficSource(Ids.newId(), "acc", false, 1, NOW.plusSeconds(60L * minutesAfter), NOW.plusSeconds(60L * minutesAfter));
    }
}
