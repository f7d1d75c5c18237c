package io.offerline.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.stats.Cell;
import io.offerline.core.stats.CellDelta;
import io.offerline.core.stats.CellKey;
import io.offerline.core.stats.ConversionTime;
import io.offerline.core.stats.Dimensions;
import io.offerline.core.stats.Outcome;
import io.offerline.core.stats.Outcomes;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ReportAggregatorTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-25");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final ReportAggregator aggregator = new ReportAggregator();

    @Test
    void build_sumsEachGroup_whenGroupingByTwoDimensions() {
        // given
        List<Cell> cells = List.of(
                visits("2026-11-25T10:00:00Z", "off-1", "US", 2),
                visits("2026-11-25T11:15:00Z", "off-1", "US", 3),
                visits("2026-11-25T11:15:00Z", "off-1", "DE", 1),
                visits("2026-11-25T12:30:00Z", "off-2", "US", 4),
                visits("2026-11-25T12:30:00Z", "off-2", null, 1));

        // when
        Report report = aggregator.build(cells, query(List.of(Dimension.OFFER, Dimension.COUNTRY)).build());

        // then: default order is offer, then country, unknown last
        assertThat(report.rows().nodes())
                .extracting(row -> row.valueOf(Dimension.OFFER), row -> row.valueOf(Dimension.COUNTRY), row -> row.metrics().visits())
                .containsExactly(
                        Tuple.tuple("off-1", "DE", 1L),
                        Tuple.tuple("off-1", "US", 5L),
                        Tuple.tuple("off-2", "US", 4L),
                        Tuple.tuple("off-2", null, 1L));
        assertThat(report.rows().nodes().get(0).dimensions())
                .containsExactly(new DimensionValue(Dimension.OFFER, "off-1"), new DimensionValue(Dimension.COUNTRY, "DE"));
        assertThat(report.totals().visits()).isEqualTo(11);
    }

    @Test
    void build_keepsOnlyMatchingCells_whenFilteringByEqualsAndIn() {
        // given
        List<Cell> cells = List.of(
                visits("2026-11-25T10:00:00Z", "off-1", "US", 2),
                visits("2026-11-25T10:00:00Z", "off-1", "DE", 3),
                visits("2026-11-25T10:00:00Z", "off-1", "FR", 5),
                visits("2026-11-25T10:00:00Z", "off-2", "US", 7),
                visits("2026-11-25T10:00:00Z", "off-2", null, 11));
        List<ReportFilter> filters = List.of(ReportFilter.equalTo(Dimension.OFFER, "off-1"),
                ReportFilter.in(Dimension.COUNTRY, List.of("US", "DE")));

        // when
        Report report = aggregator.build(cells, query(List.of(Dimension.COUNTRY)).filters(filters).build());

        // then
        assertThat(report.rows().nodes())
                .extracting(row -> row.valueOf(Dimension.COUNTRY), row -> row.metrics().visits())
                .containsExactly(Tuple.tuple("DE", 3L), Tuple.tuple("US", 2L));
        assertThat(report.totals().visits()).isEqualTo(5);
    }

    @Test
    void build_leavesOutCells_outsideTheReportDays() {
        // given
        List<Cell> cells = List.of(
                visits("2026-11-24T23:45:00Z", "off-1", "US", 1),
                visits("2026-11-25T00:00:00Z", "off-1", "US", 2),
                visits("2026-11-25T23:45:00Z", "off-1", "US", 4),
                visits("2026-11-26T00:00:00Z", "off-1", "US", 8));

        // when
        Report report = aggregator.build(cells, query(List.of()).build());

        // then
        assertThat(report.totals().visits()).isEqualTo(6);
        assertThat(report.rows().nodes()).singleElement().satisfies(row -> {
            assertThat(row.dimensions()).isEmpty();
            assertThat(row.metrics().visits()).isEqualTo(6);
        });
    }

    @Test
    void build_returnsNoRowsAndUnknownRatios_whenThereAreNoCells() {
        // when
        Report report = aggregator.build(List.of(), query(List.of()).build());

        // then
        assertThat(report.rows().edges()).isEmpty();
        assertThat(report.rows().hasNextPage()).isFalse();
        assertThat(report.totals().visits()).isZero();
        assertThat(report.totals().roi()).isNull();
    }

    @Test
    void build_sumsTotalsOverEveryRow_whenTheyAreOnSeveralPages() {
        // given
        List<Cell> cells = List.of(
                visits("2026-11-25T10:00:00Z", "off-1", "US", 2),
                visits("2026-11-25T10:00:00Z", "off-2", "US", 3),
                visits("2026-11-25T10:00:00Z", "off-3", "US", 5));

        // when
        Report report = aggregator.build(cells, query(List.of(Dimension.OFFER)).page(1, null).build());

        // then
        assertThat(report.rows().nodes()).hasSize(1);
        assertThat(report.rows().hasNextPage()).isTrue();
        assertThat(report.totals().visits()).isEqualTo(10);
    }

    @Test
    void build_ordersByMetricDescending_withUnknownLastAndTiesByDimension() {
        // when
        Report report = aggregator.build(roiCells(), query(List.of(Dimension.OFFER)).sort(ReportSort.byMetric(Metric.ROI, true)).build());

        // then: off-a and off-c tie at ROI 100; off-b has no cost, so no ROI
        assertThat(report.rows().nodes())
                .extracting(row -> row.valueOf(Dimension.OFFER))
                .containsExactly("off-a", "off-c", "off-d", null, "off-b");
    }

    @Test
    void build_ordersByMetricAscending_withUnknownStillLast() {
        // when
        Report report = aggregator.build(roiCells(), query(List.of(Dimension.OFFER)).sort(ReportSort.byMetric(Metric.ROI, false)).build());

        // then
        assertThat(report.rows().nodes())
                .extracting(row -> row.valueOf(Dimension.OFFER))
                .containsExactly(null, "off-d", "off-a", "off-c", "off-b");
    }

    @Test
    void build_ordersByADimensionDescending_thenByTheOtherDimensions() {
        // given
        List<Cell> cells = List.of(
                visits("2026-11-25T10:00:00Z", "off-2", "DE", 1),
                visits("2026-11-25T10:00:00Z", "off-1", "US", 1),
                visits("2026-11-25T10:00:00Z", "off-1", null, 1),
                visits("2026-11-25T10:00:00Z", "off-2", "US", 1));

        // when
        Report report = aggregator.build(cells,
                query(List.of(Dimension.OFFER, Dimension.COUNTRY)).sort(ReportSort.byDimension(Dimension.COUNTRY, true)).build());

        // then
        assertThat(report.rows().nodes())
                .extracting(row -> row.valueOf(Dimension.COUNTRY), row -> row.valueOf(Dimension.OFFER))
                .containsExactly(Tuple.tuple("US", "off-1"), Tuple.tuple("US", "off-2"), Tuple.tuple("DE", "off-2"),
                        Tuple.tuple(null, "off-1"));
    }

    @Test
    void build_returnsEveryRowOnce_whenWalkingAllPages() {
        // given seven offers with distinct visits
        List<Cell> cells = new ArrayList<>();
        for (int offer = 1; offer <= 7; offer++) {
            cells.add(visits("2026-11-25T10:00:00Z", "off-" + offer, "US", offer));
        }
        QueryFixture byVisits = query(List.of(Dimension.OFFER)).sort(ReportSort.byMetric(Metric.VISITS, true));

        // when
        List<Page<ReportRow>> pages = walk(cells, byVisits, 3);

        // then
        assertThat(pages).extracting(page -> page.nodes().size()).containsExactly(3, 3, 1);
        assertThat(pages).extracting(Page::hasNextPage).containsExactly(true, true, false);
        assertThat(pages.stream().flatMap(page -> page.nodes().stream()))
                .extracting(row -> row.valueOf(Dimension.OFFER))
                .containsExactly("off-7", "off-6", "off-5", "off-4", "off-3", "off-2", "off-1");
    }

    @Test
    void build_returnsAnEmptyLastPage_whenTheCursorIsPastTheEnd() {
        // given
        List<Cell> cells = List.of(visits("2026-11-25T10:00:00Z", "off-1", "US", 1));
        String lastCursor = aggregator.build(cells, query(List.of(Dimension.OFFER)).build()).rows().endCursor();

        // when
        Report report = aggregator.build(cells, query(List.of(Dimension.OFFER)).page(10, lastCursor).build());

        // then
        assertThat(report.rows().edges()).isEmpty();
        assertThat(report.rows().hasNextPage()).isFalse();
    }

    @Test
    void build_rejectsTheCursor_whenItDoesNotDecode() {
        // given
        List<String> badCursors = List.of("not a cursor!", encoded("page:3"), encoded("report-row:-1"), encoded("report-row:three"),
                encoded("report-row:"));
        List<Cell> cells = List.of(visits("2026-11-25T10:00:00Z", "off-1", "US", 1));

        // then
        for (String cursor : badCursors) {
            ReportQuery query = query(List.of(Dimension.OFFER)).page(10, cursor).build();
            assertThatThrownBy(() -> aggregator.build(cells, query))
                    .as(cursor)
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(error -> ((InvalidInputException) error).field())
                    .isEqualTo("input.after");
        }
    }

    @Test
    void build_countsTheConversionOnThePostbackDay_whenConversionTimeIsPostback() {
        // when
        Report postbackDay = aggregator.build(lateConversion(), query(List.of()).build());

        // then
        assertThat(postbackDay.totals().conversions()).isEqualTo(1);
        assertThat(postbackDay.totals().revenue()).isEqualByComparingTo("7.5");
        assertThat(postbackDay.rows().nodes()).singleElement().satisfies(row -> assertThat(row.metrics().conversions()).isEqualTo(1));
    }

    @Test
    void build_countsTheConversionOnTheVisitDay_whenConversionTimeIsVisit() {
        // when
        Report postbackDay = aggregator.build(lateConversion(), query(List.of()).conversionTime(ConversionTime.VISIT).build());
        Report visitDay = aggregator.build(lateConversion(),
                query(List.of()).days(DAY.minusDays(1), DAY.minusDays(1)).conversionTime(ConversionTime.VISIT).build());

        // then: nothing is left on the postback day, so it has no row
        assertThat(postbackDay.rows().nodes()).isEmpty();
        assertThat(postbackDay.totals().conversions()).isZero();
        assertThat(visitDay.totals().conversions()).isEqualTo(1);
        assertThat(visitDay.totals().revenue()).isEqualByComparingTo("7.5");
    }

    @Test
    void build_leavesOutGroups_whoseCountersCancelOut() {
        // given a conversion reversed in another bucket of the same day
        Outcome sale = new Outcome(1, new BigDecimal("4.20"), BigDecimal.ZERO);
        List<Cell> cells = List.of(
                cell("2026-11-25T10:00:00Z", offerIn("off-1", "US"), CellDelta.atPostback(Outcomes.approved(sale))),
                cell("2026-11-25T14:00:00Z", offerIn("off-1", "US"), CellDelta.atPostback(Outcomes.approved(sale.negated()))),
                visits("2026-11-25T10:00:00Z", "off-2", "US", 1));

        // when
        Report report = aggregator.build(cells, query(List.of(Dimension.OFFER)).build());

        // then
        assertThat(report.rows().nodes()).extracting(row -> row.valueOf(Dimension.OFFER)).containsExactly("off-2");
    }

    @Test
    void build_sumsTwentyThreeHours_intoTheDayNewYorkSpringsForward() {
        // given one visit in every bucket from 6 to 11 March UTC
        List<Cell> cells = quarterHourVisits("2026-03-06T00:00:00Z", "2026-03-11T00:00:00Z");

        // when
        Report report = aggregator.build(cells,
                query(List.of(Dimension.DAY)).days(LocalDate.parse("2026-03-07"), LocalDate.parse("2026-03-09")).zone(NEW_YORK).build());

        // then
        assertThat(visitsBy(report, Dimension.DAY)).containsExactly(
                Map.entry("2026-03-07", 96L), Map.entry("2026-03-08", 92L), Map.entry("2026-03-09", 96L));
        assertThat(report.totals().visits()).isEqualTo(284);
    }

    @Test
    void build_sumsTwentyFiveHours_intoTheDayNewYorkFallsBack() {
        // given one visit in every bucket from 30 October to 4 November UTC
        List<Cell> cells = quarterHourVisits("2026-10-30T00:00:00Z", "2026-11-04T00:00:00Z");

        // when
        Report report = aggregator.build(cells,
                query(List.of(Dimension.DAY)).days(LocalDate.parse("2026-10-31"), LocalDate.parse("2026-11-02")).zone(NEW_YORK).build());

        // then
        assertThat(visitsBy(report, Dimension.DAY)).containsExactly(
                Map.entry("2026-10-31", 96L), Map.entry("2026-11-01", 100L), Map.entry("2026-11-02", 96L));
    }

    @Test
    void build_showsTheRepeatedHourTwice_whenGroupingByHourOnTheFallBackDay() {
        // given
        List<Cell> cells = quarterHourVisits("2026-10-31T00:00:00Z", "2026-11-03T00:00:00Z");
        LocalDate fallBack = LocalDate.parse("2026-11-01");

        // when
        Report report = aggregator.build(cells, query(List.of(Dimension.HOUR)).days(fallBack, fallBack).zone(NEW_YORK).build());

        // then
        Map<String, Long> hours = visitsBy(report, Dimension.HOUR);
        assertThat(hours).hasSize(25);
        assertThat(hours.values()).containsOnly(4L);
        assertThat(new ArrayList<>(hours.keySet()).subList(0, 4)).containsExactly(
                "2026-11-01T00:00-04:00", "2026-11-01T01:00-04:00", "2026-11-01T01:00-05:00", "2026-11-01T02:00-05:00");
    }

    @Test
    void build_skipsTheMissingHour_whenGroupingByHourOfDayOnTheSpringForwardDay() {
        // given
        List<Cell> cells = quarterHourVisits("2026-03-07T00:00:00Z", "2026-03-10T00:00:00Z");
        LocalDate springForward = LocalDate.parse("2026-03-08");

        // when
        Report report = aggregator.build(cells,
                query(List.of(Dimension.HOUR_OF_DAY)).days(springForward, springForward).zone(NEW_YORK).build());

        // then
        Map<String, Long> hours = visitsBy(report, Dimension.HOUR_OF_DAY);
        assertThat(hours).hasSize(23).doesNotContainKey("02").containsEntry("01", 4L).containsEntry("03", 4L);
    }

    @Test
    void build_startsTheDayAtEighteenThirtyUtc_inKolkata() {
        // given
        List<Cell> cells = List.of(
                visits("2026-11-25T18:15:00Z", "off-1", "IN", 1),
                visits("2026-11-25T18:30:00Z", "off-1", "IN", 2));
        LocalDate twentySixth = LocalDate.parse("2026-11-26");

        // when
        Report report = aggregator.build(cells,
                query(List.of(Dimension.DAY)).days(twentySixth, twentySixth).zone(ZoneId.of("Asia/Kolkata")).build());

        // then
        assertThat(visitsBy(report, Dimension.DAY)).containsExactly(Map.entry("2026-11-26", 2L));
    }

    private List<Page<ReportRow>> walk(List<Cell> cells, QueryFixture query, int pageSize) {
        List<Page<ReportRow>> pages = new ArrayList<>();
        Page<ReportRow> page = aggregator.build(cells, query.page(pageSize, null).build()).rows();
        pages.add(page);
        while (page.hasNextPage() && pages.size() <= cells.size()) {
            page = aggregator.build(cells, query.page(pageSize, page.endCursor()).build()).rows();
            pages.add(page);
        }
        return pages;
    }

    /** Hand-computed ROI: a 100, b none (no cost), c 100, d 50, unknown offer -100. */
    private static List<Cell> roiCells() {
        return List.of(
                sale("off-a", "10", "20"),
                sale("off-b", "0", "5"),
                sale("off-c", "4", "8"),
                sale("off-d", "10", "15"),
                sale(null, "10", "0"));
    }

    /** Visited on the 24th, its postback arrived on the 25th. */
    private static List<Cell> lateConversion() {
        Outcome sale = new Outcome(1, new BigDecimal("7.50"), BigDecimal.ZERO);
        return List.of(
                cell("2026-11-25T09:00:00Z", offerIn("off-1", "US"), CellDelta.atPostback(Outcomes.approved(sale))),
                cell("2026-11-24T22:00:00Z", offerIn("off-1", "US"), CellDelta.atVisit(Outcomes.approved(sale))));
    }

    private static List<Cell> quarterHourVisits(String from, String until) {
        List<Cell> cells = new ArrayList<>();
        for (Instant bucket = Instant.parse(from); bucket.isBefore(Instant.parse(until)); bucket = bucket.plus(CellKey.BUCKET)) {
            cells.add(cell(bucket.toString(), offerIn("off-1", "US"), CellDelta.traffic(1, 1, 0, BigDecimal.ZERO)));
        }
        return cells;
    }

    private static Map<String, Long> visitsBy(Report report, Dimension dimension) {
        Map<String, Long> visits = new LinkedHashMap<>();
        report.rows().nodes().forEach(row -> visits.put(row.valueOf(dimension), row.metrics().visits()));
        return visits;
    }

    private static Cell sale(String offer, String cost, String revenue) {
        CellDelta traffic = CellDelta.traffic(1, 1, 0, new BigDecimal(cost));
        CellDelta conversion = CellDelta.atPostback(Outcomes.approved(new Outcome(1, new BigDecimal(revenue), BigDecimal.ZERO)));
        return cell("2026-11-25T10:00:00Z", offerIn(offer, "US"), traffic.plus(conversion));
    }

    private static Cell visits(String bucket, String offer, String country, long visits) {
        return cell(bucket, offerIn(offer, country), CellDelta.traffic(visits, visits, 0, BigDecimal.ZERO));
    }

    private static Cell cell(String bucket, Dimensions dimensions, CellDelta totals) {
        return new Cell(new CellKey("ws", Instant.parse(bucket), dimensions), totals);
    }

    private static Dimensions offerIn(String offer, String country) {
        return new Dimensions("cmp", offer, null, "net", "ts", country, "MOBILE", "iOS", "Safari", null);
    }

    private static String encoded(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static QueryFixture query(List<Dimension> groupBy) {
        return new QueryFixture(DAY, groupBy);
    }
}
