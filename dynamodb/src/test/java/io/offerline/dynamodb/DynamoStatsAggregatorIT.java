package io.offerline.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.offerline.core.conversion.Conversion;
import io.offerline.core.conversion.ConversionSlot;
import io.offerline.core.conversion.ConversionStatus;
import io.offerline.core.stats.Cell;
import io.offerline.core.stats.CellDelta;
import io.offerline.core.stats.Counters;
import io.offerline.core.stats.ConversionTime;
import io.offerline.core.stats.Outcome;
import io.offerline.core.stats.Outcomes;
import io.offerline.core.tracking.Click;
import io.offerline.core.tracking.ClickIds;
import io.offerline.core.tracking.Visit;
import io.offerline.core.tracking.VisitCost;
import io.offerline.core.visitor.DeviceType;
import io.offerline.core.visitor.Visitor;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * The aggregator on moto, fed the real stream of the events table. Concurrency is deliberately
 * not tested here: moto loses increments and answers 500s under concurrent TransactWriteItems
 * (see ARCHITECTURE), so the checkpoint condition is exercised with serial writers only — a
 * second aggregator instance replaying what the first already applied.
 */
@ExtendWith(DynamoDbExtension.class)
class DynamoStatsAggregatorIT {

    private static final Instant DAY_START = Instant.parse("2026-11-25T00:00:00Z");
    private static final String WORKSPACE = "ws-stats";
    private static final List<String> COUNTRIES = List.of("US", "DE", "IN");
    private static final VisitCost CPA = new VisitCost(BigDecimal.ZERO, new BigDecimal("1.25"), BigDecimal.ZERO);
    private static final VisitCost REV_SHARE = new VisitCost(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("40"));
    private static final List<VisitCost> PRICINGS = List.of(VisitCost.NONE, VisitCost.perVisit(new BigDecimal("0.035")),
            VisitCost.perVisit(new BigDecimal("0.0042")), CPA, REV_SHARE);

    /** The expected totals, summed straight from the generated traffic, not through the folder. */
    private long visits;
    private long clicks;
    private long conversions;
    private long bots;
    private BigDecimal revenue = BigDecimal.ZERO;
    private BigDecimal trafficCost = BigDecimal.ZERO;
    private BigDecimal conversionCost = BigDecimal.ZERO;
    private Outcome declined = Outcome.NONE;
    private final Map<String, Long> visitsByCountry = new HashMap<>();
    private final Map<String, VisitCost> pricingOf = new HashMap<>();
    /** The write shards the cells are read with, as they were written. */
    private StatsWriteShards writeShards = StatsWriteShards.NONE;

    @Test
    void apply_generatedTrafficInLambdaSizedBatches_countsEveryEventOnce(TestDynamo dynamo) {
        generateTraffic(dynamo, new Random(7), 200);
        List<Record> records = streamRecords(dynamo);
        DynamoStatsAggregator aggregator = new DynamoStatsAggregator(dynamo.client(), dynamo.tables());

        for (int from = 0; from < records.size(); from += 100) {
            aggregator.applyRecords("shard-1", records.subList(from, Math.min(records.size(), from + 100)));
        }

        assertTotals(dynamo);
        assertThat(aggregator.checkpoint("shard-1")).contains(records.get(records.size() - 1).dynamodb().sequenceNumber());
    }

    @Test
    void apply_aBusyWorkspacesBatches_spreadsItsCellsOverItsWriteShards_andTheReadOfThemAllCountsEveryEventOnce(TestDynamo dynamo) {
        generateTraffic(dynamo, new Random(5), 200);
        List<Record> records = streamRecords(dynamo);
        writeShards = StatsWriteShards.parse(WORKSPACE + "=8");
        DynamoStatsAggregator first = new DynamoStatsAggregator(dynamo.client(), dynamo.tables(), writeShards);
        DynamoStatsAggregator retry = new DynamoStatsAggregator(dynamo.client(), dynamo.tables(), writeShards);

        for (int from = 0; from < records.size(); from += 100) {
            first.applyRecords("shard-1", records.subList(from, Math.min(records.size(), from + 100)));
        }
        int replayed = retry.applyRecords("shard-1", records);

        assertThat(replayed).isZero();
        assertTotals(dynamo);
        long inFirstShard = sum(cellsOfDay(dynamo, StatsWriteShards.NONE)).visits();
        assertThat(inFirstShard).isLessThan(visits);
    }

    @Test
    void apply_retriedWholeAndFromTheMiddle_countsOnce(TestDynamo dynamo) {
        generateTraffic(dynamo, new Random(11), 200);
        List<Record> records = streamRecords(dynamo);
        DynamoStatsAggregator first = new DynamoStatsAggregator(dynamo.client(), dynamo.tables());
        DynamoStatsAggregator retry = new DynamoStatsAggregator(dynamo.client(), dynamo.tables());

        int prefix = records.size() * 2 / 5;
        int appliedFirst = first.applyRecords("shard-1", records.subList(0, prefix));
        int appliedRetry = retry.applyRecords("shard-1", records);
        int appliedReplay = first.applyRecords("shard-1", records);

        assertThat(records.size()).isGreaterThan(300);
        assertThat(appliedFirst).isEqualTo(prefix);
        assertThat(appliedRetry).isEqualTo(records.size() - prefix);
        assertThat(appliedReplay).isZero();
        assertTotals(dynamo);
    }

    @Test
    void apply_approvedConversionDeclinedLater_subtractsItsConversionAndRevenue(TestDynamo dynamo) {
        DynamoConversionRepository conversionRepository = new DynamoConversionRepository(dynamo.documentTables(), dynamo.client(),
                dynamo.tables());
        Visit visit = visit(DAY_START.plusSeconds(3_600), "US", "offer-1", null, false, VisitCost.NONE);
        new DynamoVisitRepository(dynamo.documentTables(), TestTime.clock()).record(visit);
        conversionRepository.recordOnce(conversion(visit, "T-1", "4.20", true));
        CellDelta approved;
        try (AppliedStats stats = new AppliedStats(dynamo)) {
            stats.apply();
            approved = total(dynamo);

            conversionRepository.changeStatus(visit.clickId(), ConversionSlot.txid("T-1"), ConversionStatus.DECLINED);
            stats.apply();
        }

        Outcome sale = new Outcome(1, new BigDecimal("4.20"), BigDecimal.ZERO);
        Outcomes asApproved = Outcomes.approved(sale);
        Outcomes asDeclined = Outcomes.of(ConversionStatus.DECLINED, sale);
        assertThat(approved).isEqualTo(new CellDelta(1, 1, 0, BigDecimal.ZERO, asApproved, asApproved));
        assertThat(total(dynamo)).isEqualTo(new CellDelta(1, 1, 0, BigDecimal.ZERO, asDeclined, asDeclined));
        assertThat(total(dynamo).counters(ConversionTime.POSTBACK).conversions()).isZero();
    }

    @Test
    void apply_clickOnALanderVisit_landsInTheCellOfTheVisitsCountryAndLander(TestDynamo dynamo) {
        DynamoVisitRepository visits = new DynamoVisitRepository(dynamo.documentTables(), TestTime.clock());
        Visit visit = visit(DAY_START.plusSeconds(60), "IN", null, "lander-1", false, VisitCost.NONE);
        visits.record(visit);
        try (AppliedStats stats = new AppliedStats(dynamo)) {
            stats.apply();

            // The click arrives in a later batch than its visit, so the aggregator reads the visit by key.
            visits.recordClick(new Click(visit.clickId(), "offer-2", "network-2", DAY_START.plusSeconds(90), visit.expiresAt()));
            stats.apply();
        }

        List<Cell> cells = cellsOfDay(dynamo);
        assertThat(cells).extracting(cell -> cell.key().dimensions().offerId(), cell -> cell.key().dimensions().networkId(),
                        cell -> cell.key().dimensions().landerId(), cell -> cell.key().dimensions().country(),
                        cell -> cell.totals().visits(), cell -> cell.totals().clicks())
                .containsExactlyInAnyOrder(
                        tuple(null, null, "lander-1", "IN", 1L, 0L),
                        tuple("offer-2", "network-2", "lander-1", "IN", 0L, 1L));
    }

    @Test
    void apply_visitsAndConversionsOfTwoOffers_countsEachInItsOffersCellsOnly(TestDynamo dynamo) {
        DynamoVisitRepository visits = new DynamoVisitRepository(dynamo.documentTables(), TestTime.clock());
        DynamoConversionRepository conversions = new DynamoConversionRepository(dynamo.documentTables(), dynamo.client(), dynamo.tables());
        Visit first = visit(DAY_START.plusSeconds(600), "US", "offer-1", null, false, VisitCost.NONE);
        Visit second = visit(DAY_START.plusSeconds(4_000), "DE", "offer-1", null, false, VisitCost.NONE);
        Visit elsewhere = visit(DAY_START.plusSeconds(700), "US", "offer-2", null, false, VisitCost.NONE);
        List.of(first, second, elsewhere).forEach(visits::record);
        conversions.recordOnce(conversion(first, "a", "2.25", true));
        conversions.recordOnce(conversion(first, "b", "0.10", true));
        conversions.recordOnce(conversion(elsewhere, "c", "9", true));

        Counters offer;
        try (AppliedStats stats = new AppliedStats(dynamo)) {
            offer = stats.offer(WORKSPACE, "offer-1", DAY_START, DAY_START.plus(Duration.ofDays(1)));
        }

        assertThat(offer).extracting(Counters::visits, Counters::clicks, Counters::conversions, Counters::revenue)
                .containsExactly(2L, 2L, 2L, new BigDecimal("2.350000"));
    }

    @Test
    void apply_conversionAfterMidnightOfAVisitBeforeIt_countsOnEachDayByTheChosenTime(TestDynamo dynamo) {
        Instant lateVisit = DAY_START.plus(Duration.ofDays(1)).minusSeconds(300);
        Visit visit = visit(lateVisit, "US", "offer-1", null, false, new VisitCost(BigDecimal.ZERO, new BigDecimal("2"), BigDecimal.ZERO));
        new DynamoVisitRepository(dynamo.documentTables(), TestTime.clock()).record(visit);
        Conversion sale = conversion(visit, "offer-1", "T-9", "7.50", true, lateVisit.plusSeconds(600));
        new DynamoConversionRepository(dynamo.documentTables(), dynamo.client(), dynamo.tables()).recordOnce(sale);

        try (AppliedStats stats = new AppliedStats(dynamo)) {
            stats.apply();
        }

        DynamoStatsCells cells = new DynamoStatsCells(dynamo.client(), dynamo.tables());
        CellDelta firstDay = sum(cells.cells(WORKSPACE, DAY_START, DAY_START.plus(Duration.ofDays(1))));
        CellDelta secondDay = sum(cells.cells(WORKSPACE, DAY_START.plus(Duration.ofDays(1)), DAY_START.plus(Duration.ofDays(2))));
        Outcome outcome = new Outcome(1, new BigDecimal("7.50"), new BigDecimal("2"));
        assertThat(firstDay).isEqualTo(new CellDelta(1, 1, 0, BigDecimal.ZERO, Outcomes.NONE, Outcomes.approved(outcome)));
        assertThat(secondDay).isEqualTo(CellDelta.atPostback(Outcomes.approved(outcome)));
    }

    private void generateTraffic(TestDynamo dynamo, Random random, int visitCount) {
        DynamoVisitRepository visitRepository = new DynamoVisitRepository(dynamo.documentTables(), TestTime.clock());
        DynamoConversionRepository conversionRepository = new DynamoConversionRepository(dynamo.documentTables(), dynamo.client(),
                dynamo.tables());
        List<Conversion> approved = new ArrayList<>();
        for (int index = 0; index < visitCount; index++) {
            String country = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
            boolean direct = random.nextBoolean();
            boolean bot = random.nextInt(10) == 0;
            VisitCost pricing = PRICINGS.get(random.nextInt(PRICINGS.size()));
            Instant at = DAY_START.plusSeconds(random.nextInt(86_000));
            Visit visit = visit(at, country, direct ? "offer-" + random.nextInt(3) : null, direct ? null : "lander-1", bot, pricing);
            visitRepository.record(visit);
            countVisit(visit);
            String offerId = visit.offerId();
            if (!direct && random.nextInt(3) > 0) {
                offerId = "offer-" + random.nextInt(3);
                visitRepository.recordClick(new Click(visit.clickId(), offerId, null, at.plusSeconds(20), visit.expiresAt()));
                clicks++;
            }
            if (offerId != null && random.nextInt(3) == 0) {
                boolean counts = random.nextInt(4) > 0;
                Conversion conversion = conversion(visit, offerId, "T-" + index, new BigDecimal(random.nextInt(900)).movePointLeft(2)
                        .toPlainString(), counts, at.plusSeconds(60));
                conversionRepository.recordOnce(conversion);
                conversions += counts ? 1 : 0;
                revenue = revenue.add(conversion.revenue());
                conversionCost = conversionCost.add(expectedCost(pricing, conversion));
                approved.add(conversion);
                pricingOf.put(conversion.clickId(), pricing);
            }
        }
        // Reversals: a few approved conversions are declined afterwards and must drop out.
        for (Conversion conversion : approved.subList(0, Math.min(8, approved.size()))) {
            conversionRepository.changeStatus(conversion.clickId(), conversion.slot(), ConversionStatus.DECLINED);
            conversions -= conversion.countsAsConversion() ? 1 : 0;
            revenue = revenue.subtract(conversion.revenue());
            conversionCost = conversionCost.subtract(expectedCost(pricingOf.get(conversion.clickId()), conversion));
            declined = declined.plus(new Outcome(conversion.countsAsConversion() ? 1 : 0, conversion.revenue(),
                    expectedCost(pricingOf.get(conversion.clickId()), conversion)));
        }
    }

    private void countVisit(Visit visit) {
        visits++;
        clicks += visit.offerId() == null ? 0 : 1;
        bots += visit.visitor().bot() ? 1 : 0;
        trafficCost = trafficCost.add(visit.pricing().perVisit());
        visitsByCountry.merge(visit.visitor().country(), 1L, Long::sum);
    }

    private void assertTotals(TestDynamo dynamo) {
        Map<String, Long> byCountry = new HashMap<>();
        cellsOfDay(dynamo).forEach(cell -> byCountry.merge(cell.key().dimensions().country(), cell.totals().visits(), Long::sum));
        byCountry.values().removeIf(count -> count == 0);

        CellDelta total = total(dynamo);
        assertThat(total.trafficOnly()).isEqualTo(CellDelta.traffic(visits, clicks, bots, trafficCost));
        Outcome outcome = new Outcome(conversions, revenue, conversionCost);
        assertThat(List.of(total.atPostback().approved(), total.atVisit().approved())).containsOnly(outcome);
        assertThat(List.of(total.atPostback().declined(), total.atVisit().declined())).containsOnly(declined);
        assertThat(byCountry).isEqualTo(visitsByCountry);
    }

    /** CPA costs its amount per counted conversion, RevShare its percentage of the revenue. */
    private static BigDecimal expectedCost(VisitCost pricing, Conversion conversion) {
        if (pricing == CPA) {
            return conversion.countsAsConversion() ? new BigDecimal("1.25") : BigDecimal.ZERO;
        }
        return pricing == REV_SHARE ? conversion.revenue().multiply(new BigDecimal("0.4")) : BigDecimal.ZERO;
    }

    private CellDelta total(TestDynamo dynamo) {
        return sum(cellsOfDay(dynamo));
    }

    private static CellDelta sum(List<Cell> cells) {
        return cells.stream().map(Cell::totals).reduce(CellDelta.ZERO, CellDelta::plus);
    }

    private List<Cell> cellsOfDay(TestDynamo dynamo) {
        return cellsOfDay(dynamo, writeShards);
    }

    private static List<Cell> cellsOfDay(TestDynamo dynamo, StatsWriteShards shards) {
        return new DynamoStatsCells(dynamo.client(), dynamo.tables(), shards).cells(WORKSPACE, DAY_START, DAY_START.plus(Duration.ofDays(1)));
    }

    private static List<Record> streamRecords(TestDynamo dynamo) {
        return StreamRecords.of(dynamo);
    }

    private static Visit visit(Instant at, String country, String offerId, String landerId, boolean bot, VisitCost pricing) {
        Visitor visitor = new Visitor(country, null, null, DeviceType.MOBILE, null, null, "Android", "14", "Chrome Mobile", null, null, bot);
        return new Visit(ClickIds.next(), "acc-1", WORKSPACE, "campaign-1", "source-1", "Path 1", landerId, offerId, null, visitor, null,
                null, null, null, null, pricing, List.of(), at, at.plus(Duration.ofDays(3650)));
    }

    private static Conversion conversion(Visit visit, String txid, String amount, boolean counts) {
        return conversion(visit, visit.offerId(), txid, amount, counts, visit.visitedAt().plusSeconds(60));
    }

    private static Conversion conversion(Visit visit, String offerId, String txid, String amount, boolean counts, Instant at) {
        BigDecimal value = new BigDecimal(amount);
        return new Conversion(visit.clickId(), ConversionSlot.txid(txid), txid, visit.accountId(), visit.workspaceId(),
                visit.campaignId(), offerId, null, counts ? "sale" : "upsell", counts, true, ConversionStatus.APPROVED, value,
                Fixtures.USD, value, BigDecimal.ONE, LocalDate.ofInstant(at, ZoneOffset.UTC), false, at, visit.expiresAt(), visit);
    }
}
