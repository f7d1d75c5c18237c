package io.offerline.dynamodb;

import static io.offerline.dynamodb.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.campaign.CostModel;
import io.offerline.core.campaign.CostType;
import io.offerline.core.common.Ids;
import io.offerline.core.trafficsource.TrackingFieldParameter;
import io.offerline.core.trafficsource.TrafficSource;
import io.offerline.core.trafficsource.TrafficSourceDraft;
import io.offerline.core.trafficsource.TrafficSourceParameter;
import java.math.BigDecimal;
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

    private static DynamoTrafficSourceRepository repository(TestDynamo dynamo) {
        return new DynamoTrafficSourceRepository(dynamo.documentTables(), new BatchReader(dynamo.enhancedClient()));
    }

    /** A source created {@code minutesAfter} minutes after NOW, so lists have a known order. */
    private static TrafficSource source(String workspaceId, String name, int minutesAfter) {
        return new TrafficSourceDraft(workspaceId, name, null, null, null, CostModel.notTracked(Fixtures.USD), null)
                .toTrafficSource(Ids.newId(), "acc", false, 1, NOW.plusSeconds(60L * minutesAfter), NOW.plusSeconds(60L * minutesAfter));
    }
}
