package io.offerline.core.cap;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.offer.Cap;
import io.offerline.core.offer.CapMetric;
import io.offerline.core.offer.CapPeriod;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class CapWindowTest {

    @Test
    void of_daily_resetsAtLocalMidnight_inAHalfHourZone() {
        Cap kolkata = daily("Asia/Kolkata");

        assertThat(CapWindow.of(kolkata, Instant.parse("2026-11-25T18:29:59Z"))).isEqualTo("2026-11-25");
        assertThat(CapWindow.of(kolkata, Instant.parse("2026-11-25T18:30:00Z"))).isEqualTo("2026-11-26");
    }

    @Test
    void of_daily_followsTheDstShift_inNewYork() {
        Cap newYork = daily("America/New_York");

        // 2026-03-08: clocks go forward; midnight before is 05:00Z, midnight after is 04:00Z.
        assertThat(CapWindow.of(newYork, Instant.parse("2026-03-08T04:59:59Z"))).isEqualTo("2026-03-07");
        assertThat(CapWindow.of(newYork, Instant.parse("2026-03-08T05:00:00Z"))).isEqualTo("2026-03-08");
        assertThat(CapWindow.of(newYork, Instant.parse("2026-03-09T03:59:59Z"))).isEqualTo("2026-03-08");
        assertThat(CapWindow.of(newYork, Instant.parse("2026-03-09T04:00:00Z"))).isEqualTo("2026-03-09");
    }

    @Property
    void of_daily_isTheLocalDate_forAnyInstantAndZone(@ForAll @LongRange(min = 0, max = 4_000_000_000L) long epochSecond,
            @ForAll("zones") String zone) {
        Instant at = Instant.ofEpochSecond(epochSecond);

        assertThat(CapWindow.of(daily(zone), at)).isEqualTo(ZonedDateTime.ofInstant(at, ZoneId.of(zone)).toLocalDate().toString());
    }

    @Test
    void of_total_isOneWindowForever() {
        Cap total = new Cap(true, CapMetric.CONVERSIONS, CapPeriod.TOTAL, 5, ZoneId.of("UTC"), null, null);

        assertThat(CapWindow.of(total, Instant.EPOCH)).isEqualTo(CapWindow.of(total, Instant.parse("2099-01-01T00:00:00Z"))).isEqualTo("TOTAL");
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> zones() {
        return net.jqwik.api.Arbitraries.of("UTC", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham");
    }

    private static Cap daily(String zone) {
        return new Cap(true, CapMetric.CONVERSIONS, CapPeriod.DAILY, 5, ZoneId.of(zone), null, null);
    }
}
