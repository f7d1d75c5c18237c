package io.offerline.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.stats.Counters;
import io.offerline.core.stats.StatusCounts;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void of_derivesEveryMetric_fromTheCounters() {
        // given 200 visits, 150 clicks, 4 conversions, 30 revenue, 12 cost
        Counters counters = new Counters(200, 150, 7, 4, new BigDecimal("30"), new BigDecimal("12"), StatusCounts.ZERO);

        // when
        Metrics metrics = Metrics.of(counters);

        // then: hand-computed
        assertThat(metrics.visits()).isEqualTo(200);
        assertThat(metrics.clicks()).isEqualTo(150);
        assertThat(metrics.botVisits()).isEqualTo(7);
        assertThat(metrics.conversions()).isEqualTo(4);
        assertThat(metrics.revenue()).isEqualTo(new BigDecimal("30.000000"));
        assertThat(metrics.cost()).isEqualTo(new BigDecimal("12.000000"));
        assertThat(metrics.profit()).isEqualTo(new BigDecimal("18.000000"));
        assertThat(metrics.roi()).isEqualTo(new BigDecimal("150.000000"));
        assertThat(metrics.cr()).isEqualTo(new BigDecimal("2.666667"));
        assertThat(metrics.ctr()).isEqualTo(new BigDecimal("75.000000"));
        assertThat(metrics.epc()).isEqualTo(new BigDecimal("0.200000"));
        assertThat(metrics.epv()).isEqualTo(new BigDecimal("0.150000"));
        assertThat(metrics.cpa()).isEqualTo(new BigDecimal("3.000000"));
        assertThat(metrics.ap()).isEqualTo(new BigDecimal("7.500000"));
    }

    @Test
    void of_roundsHalfEvenToSixDecimals_whenAQuotientIsInexact() {
        // given revenue per click of 0.0000005 and 0.0000015: exact ties at the seventh decimal
        Counters evenDown = new Counters(2, 2, 0, 0, new BigDecimal("0.000001"), BigDecimal.ZERO, StatusCounts.ZERO);
        Counters evenUp = new Counters(2, 2, 0, 0, new BigDecimal("0.000003"), BigDecimal.ZERO, StatusCounts.ZERO);

        // when / then
        assertThat(Metrics.of(evenDown).epc()).isEqualTo(new BigDecimal("0.000000"));
        assertThat(Metrics.of(evenUp).epc()).isEqualTo(new BigDecimal("0.000002"));
    }

    @Test
    void of_givesANegativeRoi_whenCostExceedsRevenue() {
        // given
        Counters losing = new Counters(10, 10, 0, 1, new BigDecimal("5"), new BigDecimal("20"), StatusCounts.ZERO);

        // when
        Metrics metrics = Metrics.of(losing);

        // then
        assertThat(metrics.profit()).isEqualTo(new BigDecimal("-15.000000"));
        assertThat(metrics.roi()).isEqualTo(new BigDecimal("-75.000000"));
    }

    @Test
    void of_leavesEveryRatioNull_whenAllCountersAreZero() {
        // when
        Metrics metrics = Metrics.of(Counters.ZERO);

        // then
        assertThat(metrics.profit()).isZero();
        assertThat(metrics.roi()).isNull();
        assertThat(metrics.cr()).isNull();
        assertThat(metrics.ctr()).isNull();
        assertThat(metrics.epc()).isNull();
        assertThat(metrics.epv()).isNull();
        assertThat(metrics.cpa()).isNull();
        assertThat(metrics.ap()).isNull();
    }

    @Test
    void of_leavesOnlyRoiNull_whenCostIsZero() {
        // when
        Metrics metrics = Metrics.of(new Counters(10, 5, 0, 1, new BigDecimal("3"), BigDecimal.ZERO, StatusCounts.ZERO));

        // then
        assertThat(metrics.roi()).isNull();
        assertThat(metrics.cpa()).isEqualByComparingTo("0");
        assertThat(metrics.cr()).isEqualByComparingTo("20");
        assertThat(metrics.ctr()).isEqualByComparingTo("50");
    }

    @Test
    void of_leavesCrAndEpcNull_whenThereAreNoClicks() {
        // when
        Metrics metrics = Metrics.of(new Counters(4, 0, 0, 1, new BigDecimal("2"), new BigDecimal("1"), StatusCounts.ZERO));

        // then
        assertThat(metrics.cr()).isNull();
        assertThat(metrics.epc()).isNull();
        assertThat(metrics.ctr()).isEqualByComparingTo("0");
        assertThat(metrics.epv()).isEqualByComparingTo("0.5");
        assertThat(metrics.roi()).isEqualByComparingTo("100");
    }

    @Test
    void of_leavesCtrAndEpvNull_whenThereAreNoVisits() {
        // given a postback-time conversion in a bucket without traffic
        Metrics metrics = Metrics.of(new Counters(0, 0, 0, 1, new BigDecimal("2"), BigDecimal.ZERO, StatusCounts.ZERO));

        // then
        assertThat(metrics.ctr()).isNull();
        assertThat(metrics.epv()).isNull();
        assertThat(metrics.ap()).isEqualByComparingTo("2");
    }

    @Test
    void of_leavesCpaAndApNull_whenThereAreNoConversions() {
        // when
        Metrics metrics = Metrics.of(new Counters(4, 2, 0, 0, BigDecimal.ZERO, new BigDecimal("1"), StatusCounts.ZERO));

        // then
        assertThat(metrics.cpa()).isNull();
        assertThat(metrics.ap()).isNull();
        assertThat(metrics.cr()).isEqualByComparingTo("0");
        assertThat(metrics.roi()).isEqualByComparingTo("-100");
    }

    @Test
    void counters_giveBackWhatTheMetricsWereDerivedFrom() {
        // given
        Counters counters = new Counters(200, 150, 7, 4, new BigDecimal("30"), new BigDecimal("12"), StatusCounts.ZERO);

        // when / then
        assertThat(Metrics.of(counters).counters()).isEqualTo(counters);
    }

    @Test
    void valueIn_readsEachMetric_fromItsOwnField() {
        // given
        StatusCounts statuses = new StatusCounts(3, 1, 2, new BigDecimal("25"), new BigDecimal("5"), new BigDecimal("9"));
        Metrics metrics = Metrics.of(new Counters(200, 150, 7, 4, new BigDecimal("30"), new BigDecimal("12"), statuses));
        Map<Metric, String> expected = new EnumMap<>(Metric.class);
        expected.put(Metric.VISITS, "200");
        expected.put(Metric.CLICKS, "150");
        expected.put(Metric.BOT_VISITS, "7");
        expected.put(Metric.CONVERSIONS, "4");
        expected.put(Metric.REVENUE, "30");
        expected.put(Metric.COST, "12");
        expected.put(Metric.PROFIT, "18");
        expected.put(Metric.ROI, "150");
        expected.put(Metric.CR, "2.666667");
        expected.put(Metric.CTR, "75");
        expected.put(Metric.EPC, "0.2");
        expected.put(Metric.EPV, "0.15");
        expected.put(Metric.CPA, "3");
        expected.put(Metric.AP, "7.5");
        expected.put(Metric.APPROVED_CONVERSIONS, "3");
        expected.put(Metric.PENDING_CONVERSIONS, "1");
        expected.put(Metric.DECLINED_CONVERSIONS, "2");
        expected.put(Metric.APPROVED_REVENUE, "25");
        expected.put(Metric.PENDING_REVENUE, "5");
        expected.put(Metric.DECLINED_REVENUE, "9");

        // then
        assertThat(expected).hasSize(Metric.values().length);
        expected.forEach((metric, value) -> assertThat(metric.valueIn(metrics)).as(metric.name()).isEqualByComparingTo(value));
    }

    @Test
    void valueIn_isNull_forADerivedMetricWithAZeroDivisor() {
        // when / then
        assertThat(Metric.ROI.valueIn(Metrics.of(Counters.ZERO))).isNull();
        assertThat(Metric.VISITS.valueIn(Metrics.of(Counters.ZERO))).isZero();
    }
}
