package io.offerline.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.stats.CellKey;
import io.offerline.core.stats.Dimensions;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DimensionTest {

    private static final Dimensions KNOWN = new Dimensions("cmp-1", "off-1", "lnd-1", "net-1", "ts-1", "US", "MOBILE", "iOS",
            "Safari", "sale");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Test
    void valueOf_givesIdsAndStoredValues_forEntityAndPlainDimensions() {
        // given
        CellKey cell = cell("2026-11-25T12:00:00Z", KNOWN);

        // then
        assertThat(Dimension.OFFER.valueOf(cell, ZoneOffset.UTC)).isEqualTo("off-1");
        assertThat(Dimension.CAMPAIGN.valueOf(cell, ZoneOffset.UTC)).isEqualTo("cmp-1");
        assertThat(Dimension.LANDER.valueOf(cell, ZoneOffset.UTC)).isEqualTo("lnd-1");
        assertThat(Dimension.AFFILIATE_NETWORK.valueOf(cell, ZoneOffset.UTC)).isEqualTo("net-1");
        assertThat(Dimension.TRAFFIC_SOURCE.valueOf(cell, ZoneOffset.UTC)).isEqualTo("ts-1");
        assertThat(Dimension.WORKSPACE.valueOf(cell, ZoneOffset.UTC)).isEqualTo("ws");
        assertThat(Dimension.COUNTRY.valueOf(cell, ZoneOffset.UTC)).isEqualTo("US");
        assertThat(Dimension.DEVICE_TYPE.valueOf(cell, ZoneOffset.UTC)).isEqualTo("MOBILE");
        assertThat(Dimension.OS.valueOf(cell, ZoneOffset.UTC)).isEqualTo("iOS");
        assertThat(Dimension.BROWSER.valueOf(cell, ZoneOffset.UTC)).isEqualTo("Safari");
        assertThat(Dimension.CONVERSION_TYPE.valueOf(cell, ZoneOffset.UTC)).isEqualTo("sale");
    }

    @Test
    void valueOf_isNull_whenTheCellDoesNotKnowTheValue() {
        // given
        CellKey cell = cell("2026-11-25T12:00:00Z", Dimensions.NONE);

        // then
        assertThat(Dimension.LANDER.valueOf(cell, ZoneOffset.UTC)).isNull();
        assertThat(Dimension.COUNTRY.valueOf(cell, ZoneOffset.UTC)).isNull();
    }

    @Test
    void valueOf_givesLocalTimeValues_inUtc() {
        // given
        CellKey cell = cell("2026-03-08T13:45:00Z", KNOWN);

        // then
        assertThat(Dimension.DAY.valueOf(cell, ZoneOffset.UTC)).isEqualTo("2026-03-08");
        assertThat(Dimension.HOUR.valueOf(cell, ZoneOffset.UTC)).isEqualTo("2026-03-08T13:00Z");
        assertThat(Dimension.HOUR_OF_DAY.valueOf(cell, ZoneOffset.UTC)).isEqualTo("13");
        assertThat(Dimension.DAY_OF_WEEK.valueOf(cell, ZoneOffset.UTC)).isEqualTo("SUNDAY");
    }

    @Test
    void valueOf_givesTwoDistinctHours_forTheHourRepeatedWhenNewYorkFallsBack() {
        // given 01:15 EDT and, an hour later, 01:15 EST
        CellKey daylight = cell("2026-11-01T05:15:00Z", KNOWN);
        CellKey standard = cell("2026-11-01T06:15:00Z", KNOWN);

        // then
        assertThat(Dimension.HOUR.valueOf(daylight, NEW_YORK)).isEqualTo("2026-11-01T01:00-04:00");
        assertThat(Dimension.HOUR.valueOf(standard, NEW_YORK)).isEqualTo("2026-11-01T01:00-05:00");
        assertThat(Dimension.HOUR_OF_DAY.valueOf(daylight, NEW_YORK)).isEqualTo("01");
        assertThat(Dimension.HOUR_OF_DAY.valueOf(standard, NEW_YORK)).isEqualTo("01");
        assertThat(Dimension.DAY.valueOf(standard, NEW_YORK)).isEqualTo("2026-11-01");
    }

    @Test
    void valueOf_jumpsFromOneToThree_whenNewYorkSpringsForward() {
        // given 01:45 EST and the next bucket, 03:00 EDT
        CellKey beforeShift = cell("2026-03-08T06:45:00Z", KNOWN);
        CellKey afterShift = cell("2026-03-08T07:00:00Z", KNOWN);

        // then
        assertThat(Dimension.HOUR.valueOf(beforeShift, NEW_YORK)).isEqualTo("2026-03-08T01:00-05:00");
        assertThat(Dimension.HOUR.valueOf(afterShift, NEW_YORK)).isEqualTo("2026-03-08T03:00-04:00");
        assertThat(Dimension.HOUR_OF_DAY.valueOf(afterShift, NEW_YORK)).isEqualTo("03");
    }

    @Test
    void valueOf_startsTheNextLocalDay_atEighteenThirtyUtcInKolkata() {
        // given the last bucket of 25 November and the first of 26 November, India time
        CellKey lastOfDay = cell("2026-11-25T18:15:00Z", KNOWN);
        CellKey firstOfNextDay = cell("2026-11-25T18:30:00Z", KNOWN);

        // then
        assertThat(Dimension.DAY.valueOf(lastOfDay, KOLKATA)).isEqualTo("2026-11-25");
        assertThat(Dimension.HOUR.valueOf(lastOfDay, KOLKATA)).isEqualTo("2026-11-25T23:00+05:30");
        assertThat(Dimension.DAY.valueOf(firstOfNextDay, KOLKATA)).isEqualTo("2026-11-26");
        assertThat(Dimension.HOUR.valueOf(firstOfNextDay, KOLKATA)).isEqualTo("2026-11-26T00:00+05:30");
        assertThat(Dimension.HOUR_OF_DAY.valueOf(firstOfNextDay, KOLKATA)).isEqualTo("00");
        assertThat(Dimension.DAY_OF_WEEK.valueOf(firstOfNextDay, KOLKATA)).isEqualTo("THURSDAY");
    }

    @Test
    void isEntity_isTrue_forTheSixEntityDimensionsOnly() {
        // when
        List<Dimension> entities = Arrays.stream(Dimension.values()).filter(Dimension::isEntity).toList();

        // then
        assertThat(entities).containsExactlyInAnyOrder(Dimension.OFFER, Dimension.CAMPAIGN, Dimension.LANDER,
                Dimension.AFFILIATE_NETWORK, Dimension.TRAFFIC_SOURCE, Dimension.WORKSPACE);
    }

    @Test
    void order_isChronological_forTheHoursBerlinRepeatsWhenFallingBack() {
        // given 02:00 CEST (00:00Z) and 02:00 CET (01:00Z); as strings "+01:00" sorts before "+02:00"
        List<String> hours = new ArrayList<>(List.of("2026-10-25T03:00+01:00", "2026-10-25T02:00+01:00", "2026-10-25T02:00+02:00"));

        // when
        hours.sort(Dimension.HOUR.order(false));

        // then
        assertThat(hours).containsExactly("2026-10-25T02:00+02:00", "2026-10-25T02:00+01:00", "2026-10-25T03:00+01:00");
    }

    @Test
    void order_startsOnMonday_forDaysOfTheWeek() {
        // given
        List<String> days = new ArrayList<>(List.of("SUNDAY", "WEDNESDAY", "MONDAY", "FRIDAY"));

        // when
        days.sort(Dimension.DAY_OF_WEEK.order(false));

        // then
        assertThat(days).containsExactly("MONDAY", "WEDNESDAY", "FRIDAY", "SUNDAY");
    }

    @Test
    void order_putsUnknownValuesLast_inBothDirections() {
        // given
        List<String> countries = new ArrayList<>(Arrays.asList("US", null, "DE", "FR"));

        // when
        List<String> ascending = new ArrayList<>(countries);
        ascending.sort(Dimension.COUNTRY.order(false));
        List<String> descending = new ArrayList<>(countries);
        descending.sort(Dimension.COUNTRY.order(true));

        // then
        assertThat(ascending).containsExactly("DE", "FR", "US", null);
        assertThat(descending).containsExactly("US", "FR", "DE", null);
    }

    private static CellKey cell(String bucket, Dimensions dimensions) {
        return new CellKey("ws", Instant.parse(bucket), dimensions);
    }
}
