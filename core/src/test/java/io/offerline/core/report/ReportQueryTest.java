package io.offerline.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.PageRequest;
import io.offerline.core.stats.ConversionTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ReportQueryTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-25");

    @Test
    void startAndEnd_spanTheWholeDay_inUtc() {
        // when
        ReportQuery query = query(DAY, DAY, ZoneOffset.UTC);

        // then
        assertThat(query.start()).isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
        assertThat(query.end()).isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
    }

    @Test
    void startAndEnd_spanTwentyThreeHours_onTheDayNewYorkSpringsForward() {
        // when
        ReportQuery query = query(LocalDate.parse("2026-03-08"), LocalDate.parse("2026-03-08"), ZoneId.of("America/New_York"));

        // then
        assertThat(query.start()).isEqualTo(Instant.parse("2026-03-08T05:00:00Z"));
        assertThat(query.end()).isEqualTo(Instant.parse("2026-03-09T04:00:00Z"));
    }

    @Test
    void startAndEnd_spanTwentyFiveHours_onTheDayNewYorkFallsBack() {
        // when
        ReportQuery query = query(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-01"), ZoneId.of("America/New_York"));

        // then
        assertThat(query.start()).isEqualTo(Instant.parse("2026-11-01T04:00:00Z"));
        assertThat(query.end()).isEqualTo(Instant.parse("2026-11-02T05:00:00Z"));
    }

    @Test
    void startAndEnd_fallOnTheHalfHour_inKolkata() {
        // when
        ReportQuery query = query(LocalDate.parse("2026-11-26"), LocalDate.parse("2026-11-27"), ZoneId.of("Asia/Kolkata"));

        // then
        assertThat(query.start()).isEqualTo(Instant.parse("2026-11-25T18:30:00Z"));
        assertThat(query.end()).isEqualTo(Instant.parse("2026-11-27T18:30:00Z"));
    }

    @Property
    void startAndEnd_areBucketStarts_forAnyZoneAndDay(@ForAll("zones") String zone, @ForAll("days") LocalDate day) {
        // when
        ReportQuery query = query(day, day, ZoneId.of(zone));

        // then
        assertThat(query.start().getEpochSecond() % 900).isZero();
        assertThat(query.end().getEpochSecond() % 900).isZero();
        assertThat(Duration.between(query.start(), query.end())).isPositive();
    }

    @Test
    void new_fillsDefaults_whenOptionalPartsAreNull() {
        // when
        ReportQuery query = new ReportQuery(DAY, DAY, null, null, null, null, null, null);

        // then
        assertThat(query.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(query.groupBy()).isEmpty();
        assertThat(query.filters()).isEmpty();
        assertThat(query.conversionTime()).isEqualTo(ConversionTime.POSTBACK);
        assertThat(query.sort()).isNull();
        assertThat(query.page()).isEqualTo(new PageRequest(PageRequest.DEFAULT_SIZE, null));
    }

    @Test
    void new_accepts366Days_forALeapYear() {
        // when
        ReportQuery query = query(LocalDate.parse("2028-01-01"), LocalDate.parse("2028-12-31"), ZoneOffset.UTC);

        // then
        assertThat(Duration.between(query.start(), query.end())).isEqualTo(Duration.ofDays(366));
    }

    @Test
    void new_rejectsTo_whenItIsBeforeFrom() {
        assertInvalid(() -> query(DAY, DAY.minusDays(1), ZoneOffset.UTC), "input.to");
    }

    @Test
    void new_rejectsTo_whenTheRangeIsLongerThan366Days() {
        assertInvalid(() -> query(DAY, DAY.plusDays(366), ZoneOffset.UTC), "input.to");
    }

    @Test
    void new_rejectsFrom_whenItIsMissing() {
        assertInvalid(() -> query(null, DAY, ZoneOffset.UTC), "input.from");
    }

    @Test
    void new_rejectsFrom_whenDaysDoNotStartOnAQuarterHour() {
        // given Kolkata in 1900, on Madras time: +05:21:10 from UTC
        assertInvalid(() -> query(LocalDate.parse("1900-01-01"), LocalDate.parse("1900-01-01"), ZoneId.of("Asia/Kolkata")),
                "input.from");
    }

    @Test
    void new_rejectsGroupBy_whenADimensionRepeats() {
        assertInvalid(() -> grouped(List.of(Dimension.OFFER, Dimension.COUNTRY, Dimension.OFFER), null), "input.groupBy");
    }

    @Test
    void new_rejectsGroupBy_whenItHasMoreThanFiveDimensions() {
        // given
        List<Dimension> six = List.of(Dimension.OFFER, Dimension.CAMPAIGN, Dimension.LANDER, Dimension.COUNTRY, Dimension.OS,
                Dimension.DAY);

        // then
        assertInvalid(() -> grouped(six, null), "input.groupBy");
    }

    @Test
    void new_acceptsFiveDimensions() {
        // given
        List<Dimension> five = List.of(Dimension.OFFER, Dimension.CAMPAIGN, Dimension.LANDER, Dimension.COUNTRY, Dimension.OS);

        // then
        assertThat(grouped(five, null).groupBy()).isEqualTo(five);
    }

    @Test
    void new_rejectsSortDimension_whenTheReportDoesNotGroupByIt() {
        assertInvalid(() -> grouped(List.of(Dimension.OFFER), ReportSort.byDimension(Dimension.COUNTRY, false)),
                "input.sort.dimension");
    }

    @Test
    void new_acceptsAMetricSort_withoutGrouping() {
        // when
        ReportQuery query = grouped(List.of(), ReportSort.byMetric(Metric.ROI, true));

        // then
        assertThat(query.sort().metric()).isEqualTo(Metric.ROI);
    }

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of(ZoneId.getAvailableZoneIds());
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(LocalDate.parse("1990-01-01").toEpochDay(), LocalDate.parse("2099-12-31").toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    private static ReportQuery query(LocalDate from, LocalDate to, ZoneId zone) {
        return new ReportQuery(from, to, zone, List.of(), List.of(), ConversionTime.POSTBACK, null, PageRequest.of(null, null));
    }

    private static ReportQuery grouped(List<Dimension> groupBy, ReportSort sort) {
        return new ReportQuery(DAY, DAY, ZoneOffset.UTC, groupBy, List.of(), ConversionTime.POSTBACK, sort, PageRequest.of(null, null));
    }

    private static void assertInvalid(Runnable construction, String field) {
        assertThatThrownBy(construction::run)
                .isInstanceOf(InvalidInputException.class)
                .extracting(error -> ((InvalidInputException) error).field())
                .isEqualTo(field);
    }
}
