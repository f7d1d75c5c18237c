package io.offerline.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.core.cost.CostUpdate;
import io.offerline.core.stats.Cell;
import io.offerline.core.stats.CellQuery;
import io.offerline.core.stats.CellSpan;
import io.offerline.core.stats.Grain;
import io.offerline.core.tracking.ClickIds;
import io.offerline.core.tracking.Visit;
import io.offerline.core.tracking.VisitCost;
import io.offerline.core.visitor.DeviceType;
import io.offerline.core.visitor.Visitor;
import io.offerline.testkit.StorageFaults;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * A cost update over more cells than one transaction holds (150 quarter hours of one campaign),
 * applied by the aggregator: the cells' visit costs sum to the amount to the cent, and a batch
 * that fails between the update's transactions, retried, still sums to it.
 */
@ExtendWith(DynamoDbExtension.class)
class CostUpdateAggregationIT {

    private static final String WORKSPACE = "ws-cost";
    private static final Instant DAY = Instant.parse("2026-11-20T00:00:00Z");
    private static final int CELLS = 150;
    private static final Currency USD = Currency.getInstance("USD");

    private TestDynamo dynamo;

    @BeforeEach
    void recordVisits(TestDynamo dynamo) {
        this.dynamo = dynamo;
        DynamoVisitRepository visits = new DynamoVisitRepository(dynamo.documentTables(), TestTime.clock());
        for (int quarter = 0; quarter < CELLS; quarter++) {
            visits.record(visit("campaign-1", DAY.plus(Duration.ofMinutes(15L * quarter))));
        }
        visits.record(visit("campaign-2", DAY.plusSeconds(60)));
        try (AppliedStats stats = new AppliedStats(dynamo)) {
            stats.apply();
        }
    }

    @Test
    void costUpdate_overMoreCellsThanATransaction_setsThemToPartsSummingToTheAmount() {
        DynamoStatsAggregator aggregator = new DynamoStatsAggregator(dynamo.client(), dynamo.tables());

        int applied = aggregator.apply("shard-cost", List.of(recorded("1000", update("100.00"))));

        assertThat(applied).isEqualTo(1);
        assertThat(visitCost("campaign-1")).isEqualByComparingTo("100.00");
        assertThat(quarterCells("campaign-1")).hasSize(CELLS).allSatisfy(cell -> assertThat(cell.totals().trafficCost()).isBetween(new BigDecimal("0.66"),
                new BigDecimal("0.67")));
        assertThat(visitCost("campaign-2")).as("another campaign").isEqualByComparingTo("0.01");
        assertThat(aggregator.apply("shard-cost", List.of(recorded("1000", update("100.00"))))).as("a replay").isZero();
        assertThat(visitCost("campaign-1")).isEqualByComparingTo("100.00");
    }

    @Test
    void costUpdate_whoseBatchFailsBetweenItsTransactions_isExactOnceRetried() {
        StorageFaults faults = new StorageFaults();
        DynamoDbClient client = DynamoClients.forEndpoint(dynamo.endpoint(), faults);
        // The last transaction is the one that advances the checkpoint: it holds a Put.
        faults.on("TransactWriteItems", request -> ((TransactWriteItemsRequest) request).transactItems().stream()
                .anyMatch(item -> item.put() != null)).throttle(-1);
        DynamoStatsAggregator failing = new DynamoStatsAggregator(client, dynamo.tables());
        List<StreamChange> batch = List.of(recorded("1000", update("42.42")));

        assertThatThrownBy(() -> failing.apply("shard-cost", batch)).isInstanceOf(RuntimeException.class);
        BigDecimal halfApplied = visitCost("campaign-1");
        faults.clear();
        int applied = failing.apply("shard-cost", batch);

        assertThat(halfApplied).as("the first transaction was written").isNotEqualByComparingTo(new BigDecimal(CELLS).movePointLeft(2));
        assertThat(applied).isEqualTo(1);
        assertThat(visitCost("campaign-1")).isEqualByComparingTo("42.42");
    }

    @Test
    void aSecondUpdateOfTheSameRange_replacesTheFirst() {
        DynamoStatsAggregator aggregator = new DynamoStatsAggregator(dynamo.client(), dynamo.tables());

        aggregator.apply("shard-cost", List.of(recorded("1000", update("100.00")), recorded("1001", update("7.77"))));

        assertThat(visitCost("campaign-1")).isEqualByComparingTo("7.77");
    }

    private static StreamChange recorded(String sequence, CostUpdate update) {
        return new StreamChange(sequence, "INSERT", null, DynamoCostUpdates.item(update));
    }

    private static CostUpdate update(String amount) {
        LocalDate day = LocalDate.ofInstant(DAY, ZoneOffset.UTC);
        return new CostUpdate("cu-" + amount, "account", WORKSPACE, "campaign-1", day, day.plusDays(1), ZoneOffset.UTC, new BigDecimal(amount),
                USD, new BigDecimal(amount), USD, List.of(), TestTime.NOW);
    }

    private List<Cell> cells(String campaignId) {
        return new DynamoStatsCells(dynamo.client(), dynamo.tables()).cells(WORKSPACE, DAY, DAY.plus(Duration.ofDays(2))).stream()
                .filter(cell -> campaignId.equals(cell.key().dimensions().campaignId()))
                .toList();
    }

    private List<Cell> quarterCells(String campaignId) {
        CellQuery quarters = new CellQuery(WORKSPACE, null, List.of(), List.of(new CellSpan(Grain.QUARTER, DAY, DAY.plus(Duration.ofDays(2)))));
        return new DynamoStatsCells(dynamo.client(), dynamo.tables()).cells(quarters).stream()
                .filter(cell -> campaignId.equals(cell.key().dimensions().campaignId()))
                .toList();
    }

    /** The campaign's visit cost in its roll-ups (days), as a report of whole days reads it; the quarter hours agree. */
    private BigDecimal visitCost(String campaignId) {
        assertThat(sum(quarterCells(campaignId))).isEqualByComparingTo(sum(cells(campaignId)));
        return sum(cells(campaignId));
    }

    private static BigDecimal sum(List<Cell> cells) {
        return cells.stream().map(cell -> cell.totals().trafficCost()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Visit visit(String campaignId, Instant at) {
        Visitor visitor = new Visitor("US", null, null, DeviceType.MOBILE, null, null, "Android", "14", "Chrome Mobile", null, null, false);
        return new Visit(ClickIds.next(), "account", WORKSPACE, campaignId, null, "Main", null, "offer-1", null, visitor, null, null, null,
                null, null, VisitCost.perVisit(new BigDecimal("0.01")), List.of(), at, at.plus(Duration.ofDays(3650)));
    }
}
