package io.offerline.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.conversion.ConversionStatus;
import io.offerline.core.tracking.VisitCost;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class StatsFolderTest {

    private static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");
    private static final Dimensions US_OFFER = new Dimensions("cmp", "off", null, null, "ts", "US", "MOBILE", "iOS", "Safari", null);
    private static final StatsEvent.Visited VISIT = new StatsEvent.Visited("c1", "ws", US_OFFER, NOON.minusSeconds(7_200), false,
            VisitCost.NONE);

    private final StatsFolder folder = new StatsFolder();

    @Property
    void fold_ofABatch_equalsTheMergedFoldsOfItsParts_forAnySplit(@ForAll("events") @Size(max = 60) List<StatsEvent> events,
            @ForAll("cuts") List<Integer> cuts) {
        Map<CellKey, CellDelta> merged = Map.of();
        int from = 0;
        for (int cut : cuts.stream().map(cut -> Math.min(cut, events.size())).sorted().toList()) {
            merged = folder.merge(merged, folder.fold(events.subList(from, Math.max(from, cut))));
            from = Math.max(from, cut);
        }
        merged = folder.merge(merged, folder.fold(events.subList(from, events.size())));

        assertThat(merged).isEqualTo(folder.fold(events));
    }

    @Test
    void fold_approvedThenDeclined_movesTheConversionAndItsRevenueToDeclined_atPostbackAndAtVisitTime() {
        ConversionState approved = new ConversionState(ConversionStatus.APPROVED, new BigDecimal("4.20"), true, true);
        ConversionState declined = new ConversionState(ConversionStatus.DECLINED, new BigDecimal("4.20"), true, true);
        StatsEvent converted = new StatsEvent.Converted("c1", US_OFFER, NOON, null, approved, null).withVisit(VISIT);
        StatsEvent reversed = new StatsEvent.Converted("c1", US_OFFER, NOON, approved, declined, null).withVisit(VISIT);

        Map<CellKey, CellDelta> reversal = quarters(folder.fold(List.of(reversed)));

        Outcome sale = new Outcome(1, new BigDecimal("4.20"), BigDecimal.ZERO);
        Outcomes moved = Outcomes.approved(sale.negated()).plus(Outcomes.of(ConversionStatus.DECLINED, sale));
        assertThat(reversal).containsOnly(
                Map.entry(CellKey.of("ws", NOON, US_OFFER), CellDelta.atPostback(moved)),
                Map.entry(CellKey.of("ws", VISIT.at(), US_OFFER), CellDelta.atVisit(moved)));
        StatsEvent declinedAtOnce = new StatsEvent.Converted("c1", US_OFFER, NOON, null, declined, null).withVisit(VISIT);
        assertThat(folder.fold(List.of(converted, reversed))).isEqualTo(folder.fold(List.of(declinedAtOnce)));
    }

    @Test
    void fold_conversionOfATypeThatCountsOnlyRevenue_addsRevenueButNoConversion() {
        ConversionState upsell = new ConversionState(ConversionStatus.PENDING, new BigDecimal("1.5"), false, true);

        Map<CellKey, CellDelta> cells = folder.fold(List.of(
                new StatsEvent.Converted("c1", US_OFFER, NOON, null, upsell, null).withVisit(VISIT)));

        assertThat(cells.get(CellKey.of("ws", NOON, US_OFFER)))
                .isEqualTo(CellDelta.atPostback(Outcomes.of(ConversionStatus.PENDING, new Outcome(0, new BigDecimal("1.5"), BigDecimal.ZERO))));
    }

    @Test
    void fold_conversionOfACpaVisit_costsTheCpaAmount_andOfARevShareVisit_theShareOfItsRevenue() {
        ConversionState approved = new ConversionState(ConversionStatus.APPROVED, new BigDecimal("10"), true, true);
        StatsEvent.Visited cpa = visitPriced(new VisitCost(BigDecimal.ZERO, new BigDecimal("2.5"), BigDecimal.ZERO));
        StatsEvent.Visited revShare = visitPriced(new VisitCost(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("35")));

        CellDelta byCpa = folder.fold(List.of(new StatsEvent.Converted("c1", US_OFFER, NOON, null, approved, null).withVisit(cpa)))
                .get(CellKey.of("ws", NOON, US_OFFER));
        CellDelta byShare = folder.fold(List.of(new StatsEvent.Converted("c1", US_OFFER, NOON, null, approved, null).withVisit(revShare)))
                .get(CellKey.of("ws", NOON, US_OFFER));

        assertThat(byCpa.atPostback().approved().cost()).isEqualByComparingTo("2.5");
        assertThat(byShare.atPostback().approved().cost()).isEqualByComparingTo("3.5");
    }

    @Test
    void fold_directVisitWithCost_countsVisitClickCostAndBot() {
        StatsEvent visit = new StatsEvent.Visited("c1", "ws", US_OFFER, NOON, true, VisitCost.perVisit(new BigDecimal("0.05")));

        assertThat(quarters(folder.fold(List.of(visit))).values())
                .containsExactly(new CellDelta(1, 1, 1, new BigDecimal("0.05"), Outcomes.NONE, Outcomes.NONE));
    }

    @Test
    void fold_clickWithoutItsVisit_isNotCounted_untilCompletedByTheVisit() {
        StatsEvent.Visited visit = new StatsEvent.Visited("c1", "ws",
                new Dimensions("cmp", null, "lnd", null, "ts", "DE", "DESKTOP", "Linux", "Firefox", null), NOON, false, VisitCost.NONE);
        StatsEvent click = new StatsEvent.Clicked("c1", new Dimensions(null, "off", null, "net", null, null, null, null, null, null),
                NOON.plusSeconds(30), null);

        assertThat(folder.fold(List.of(click))).isEmpty();
        assertThat(quarters(folder.fold(List.of(click.withVisit(visit)))).keySet()).containsExactly(CellKey.of("ws", NOON,
                new Dimensions("cmp", "off", "lnd", "net", "ts", "DE", "DESKTOP", "Linux", "Firefox", null)));
    }

    /** The quarter-hour cells of a fold, without their roll-ups. */
    private static Map<CellKey, CellDelta> quarters(Map<CellKey, CellDelta> cells) {
        Map<CellKey, CellDelta> quarters = new HashMap<>(cells);
        quarters.keySet().removeIf(key -> key.grain() != Grain.QUARTER);
        return quarters;
    }

    private static StatsEvent.Visited visitPriced(VisitCost pricing) {
        return new StatsEvent.Visited("c1", "ws", US_OFFER, NOON.minusSeconds(3_600), false, pricing);
    }

    @Property
    void bucketOf_startsALocalQuarterHour_inEveryZone(@ForAll("instants") Instant at, @ForAll("zones") String zone) {
        ZonedDateTime local = CellKey.bucketOf(at).atZone(ZoneId.of(zone));

        assertThat(local.getMinute() % 15).isZero();
        assertThat(local.getSecond()).isZero();
        assertThat(CellKey.bucketOf(at)).isBeforeOrEqualTo(at).isAfter(at.minus(CellKey.BUCKET));
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(0, 4_000_000_000L).map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of("UTC", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Adelaide", "America/St_Johns",
                "America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Pacific/Chatham");
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 60).list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<StatsEvent>> events() {
        return Arbitraries.oneOf(visits(), clicks(), conversions(), changes()).list();
    }

    private static Arbitrary<StatsEvent> visits() {
        return Combinators.combine(dimensions(), times(), Arbitraries.of(true, false), amounts().injectNull(0.3))
                .as((dimensions, at, bot, cost) -> new StatsEvent.Visited("c", "ws", dimensions, at, bot,
                        cost == null ? VisitCost.NONE : new VisitCost(cost, cost, BigDecimal.TEN)));
    }

    private static Arbitrary<StatsEvent> clicks() {
        return Combinators.combine(dimensions(), times(), Arbitraries.just(VISIT).injectNull(0.3))
                .as((dimensions, at, visit) -> new StatsEvent.Clicked("c", dimensions, at, visit));
    }

    private static Arbitrary<StatsEvent> conversions() {
        return Combinators.combine(dimensions(), times(), states())
                .as((dimensions, at, state) -> new StatsEvent.Converted("c", dimensions, at, null, state, VISIT));
    }

    private static Arbitrary<StatsEvent> changes() {
        return Combinators.combine(dimensions(), times(), states(), states())
                .as((dimensions, at, before, after) -> new StatsEvent.Converted("c", dimensions, at, before, after, VISIT));
    }

    private static Arbitrary<ConversionState> states() {
        return Combinators.combine(Arbitraries.of(ConversionStatus.class), amounts(), Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as(ConversionState::new);
    }

    private static Arbitrary<Dimensions> dimensions() {
        return Combinators.combine(Arbitraries.of("cmp1", "cmp2"), Arbitraries.of("off1", "off2", null), Arbitraries.of("US", "DE", null))
                .as((campaign, offer, country) -> new Dimensions(campaign, offer, null, null, null, country, null, null, null, null));
    }

    private static Arbitrary<Instant> times() {
        return Arbitraries.longs().between(0, 4 * 3_600).map(NOON::plusSeconds);
    }

    private static Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2);
    }
}
