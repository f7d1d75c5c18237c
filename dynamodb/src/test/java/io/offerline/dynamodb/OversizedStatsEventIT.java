package io.offerline.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.core.offer.Offer;
import io.offerline.core.stats.CellDelta;
import io.offerline.core.stats.CellLayout;
import io.offerline.core.stats.CellQuery;
import io.offerline.core.stats.ConversionTime;
import io.offerline.core.stats.Detail;
import io.offerline.core.stats.GrainCover;
import io.offerline.core.tracking.ClickIds;
import io.offerline.core.tracking.Visit;
import io.offerline.core.tracking.VisitCost;
import io.offerline.core.visitor.ConnectionType;
import io.offerline.core.visitor.DeviceType;
import io.offerline.core.visitor.Visitor;
import io.offerline.testkit.StorageFaults;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * A conversion of a visit with every detail, whose postback falls in another month than the
 * visit, lands in more cells than one transaction holds: the aggregator writes it in parts, and
 * each part counts once, also when the batch fails after the first part and is tried again.
 */
@ExtendWith(DynamoDbExtension.class)
class OversizedStatsEventIT {

    private static final Instant VISITED_AT = Instant.parse("2026-10-31T23:50:00Z");
    private static final Instant RANGE_END = Instant.parse("2026-11-26T00:00:00Z");
    private static final String CAMPAIGN = "campaign-1";

    private final StorageFaults faults = new StorageFaults();

    @Test
    void apply_conversionOverMoreCellsThanATransaction_failingAfterItsFirstPart_countsItOnceInEveryFamily(TestDynamo dynamo) {
        Offer offer = Fixtures.offer("acc-1", "ws-oversized");
        Visit visit = visitWithEveryDetail(offer);
        new DynamoVisitRepository(dynamo.documentTables(), TestTime.clock()).record(visit);
        new DynamoConversionRepository(dynamo.documentTables(), dynamo.client(), dynamo.tables())
                .recordOnce(Fixtures.conversion(visit, "T-1", "4.20"));
        List<Record> records = StreamRecords.of(dynamo);
        new DynamoStatsAggregator(dynamo.client(), dynamo.tables()).applyRecords("shard-1", records.subList(0, 1));
        faults.on("TransactWriteItems", OversizedStatsEventIT::advancesTheShardCheckpoint).throttle(-1);

        try (DynamoDbClient client = DynamoClients.forEndpoint(dynamo.endpoint(), faults)) {
            DynamoStatsAggregator failing = new DynamoStatsAggregator(client, dynamo.tables());
            assertThatThrownBy(() -> failing.applyRecords("shard-1", records)).isInstanceOf(RuntimeException.class);
        }
        int applied = new DynamoStatsAggregator(dynamo.client(), dynamo.tables()).applyRecords("shard-1", records);

        assertThat(applied).isEqualTo(1);
        for (Detail family : families()) {
            CellDelta total = total(dynamo, offer.workspaceId(), family);
            assertThat(total.visits()).as("visits in %s", family).isEqualTo(1);
            assertThat(total.counters(ConversionTime.POSTBACK).conversions()).as("conversions by postback in %s", family).isEqualTo(1);
            assertThat(total.counters(ConversionTime.VISIT).conversions()).as("conversions by visit in %s", family).isEqualTo(1);
        }
    }

    private static boolean advancesTheShardCheckpoint(Object request) {
        return request instanceof TransactWriteItemsRequest transaction && transaction.transactItems().stream()
                .anyMatch(item -> item.put() != null && "CHECKPOINT#shard-1".equals(item.put().item().get(OfferlineTables.PARTITION_KEY).s()));
    }

    private static Visit visitWithEveryDetail(Offer offer) {
        Visitor visitor = new Visitor("DE", "Bavaria", "Munich", DeviceType.MOBILE, "Google", "Pixel 8", "Android", "14",
                "Chrome Mobile", "124.0", "de-DE", false, "Telefonica Germany GmbH & Co.OHG", ConnectionType.MOBILE);
        List<String> zones = IntStream.rangeClosed(1, 20).mapToObj(position -> "value-" + position).toList();
        return new Visit(ClickIds.next(), offer.accountId(), offer.workspaceId(), CAMPAIGN, "source-1", "Path 1", null, offer.id(),
                offer.affiliateNetworkId(), visitor, "203.0.113.7", "Mozilla/5.0", "https://news.example/story", null, null,
                VisitCost.perVisit(new BigDecimal("0.01")), zones, VISITED_AT, VISITED_AT.plus(Duration.ofDays(60)), "sweepstakes");
    }

    private static List<Detail> families() {
        List<Detail> families = new ArrayList<>();
        families.add(null);
        families.addAll(List.of(Detail.values()));
        return families;
    }

    private static CellDelta total(TestDynamo dynamo, String workspaceId, Detail family) {
        List<String> campaigns = family != null && family.isTrackingField() ? List.of(CAMPAIGN) : List.of();
        CellQuery query = new CellQuery(workspaceId, family, campaigns,
                GrainCover.of(VISITED_AT.minus(Duration.ofMinutes(50)), RANGE_END, CellLayout.grainsOf(family), (from, to) -> true));
        return new DynamoStatsCells(dynamo.client(), dynamo.tables()).cells(query).stream()
                .map(cell -> cell.totals()).reduce(CellDelta.ZERO, CellDelta::plus);
    }
}
