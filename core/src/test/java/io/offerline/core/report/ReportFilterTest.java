package io.offerline.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerline.core.common.InvalidInputException;
import io.offerline.core.stats.CellKey;
import io.offerline.core.stats.Dimensions;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFilterTest {

    private static final CellKey US_CELL = new CellKey("ws", Instant.parse("2026-11-25T18:30:00Z"),
            new Dimensions("cmp", "off", null, null, "ts", "US", "MOBILE", "iOS", "Safari", null));

    @Test
    void matches_isTrue_whenTheValueEqualsTheOnlyValue() {
        assertThat(ReportFilter.equalTo(Dimension.COUNTRY, "US").matches(US_CELL, ZoneOffset.UTC)).isTrue();
        assertThat(ReportFilter.equalTo(Dimension.COUNTRY, "DE").matches(US_CELL, ZoneOffset.UTC)).isFalse();
    }

    @Test
    void matches_isTrue_whenTheValueIsAnyOfSeveral() {
        assertThat(ReportFilter.in(Dimension.COUNTRY, List.of("DE", "US")).matches(US_CELL, ZoneOffset.UTC)).isTrue();
        assertThat(ReportFilter.in(Dimension.COUNTRY, List.of("DE", "FR")).matches(US_CELL, ZoneOffset.UTC)).isFalse();
    }

    @Test
    void matches_comparesTheLocalDay_inTheReportZone() {
        // given 18:30Z is still the 25th in UTC and already the 26th in Kolkata
        ReportFilter twentySixth = ReportFilter.equalTo(Dimension.DAY, "2026-11-26");

        // then
        assertThat(twentySixth.matches(US_CELL, ZoneId.of("Asia/Kolkata"))).isTrue();
        assertThat(twentySixth.matches(US_CELL, ZoneOffset.UTC)).isFalse();
    }

    @Test
    void matches_isFalse_whenTheCellDoesNotKnowTheValue() {
        assertThat(ReportFilter.equalTo(Dimension.LANDER, "lnd").matches(US_CELL, ZoneOffset.UTC)).isFalse();
    }

    @Test
    void new_rejectsValues_whenThereAreNone() {
        assertThatThrownBy(() -> ReportFilter.in(Dimension.COUNTRY, List.of()))
                .isInstanceOf(InvalidInputException.class)
                .extracting(error -> ((InvalidInputException) error).field())
                .isEqualTo("input.filters.values");
    }

    @Test
    void new_rejectsValues_whenOneIsNull() {
        assertThatThrownBy(() -> ReportFilter.in(Dimension.COUNTRY, Arrays.asList("US", null)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(error -> ((InvalidInputException) error).field())
                .isEqualTo("input.filters.values");
    }
}
