package io.offerline.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import io.offerline.core.currency.TestClock;
import org.junit.jupiter.api.Test;

class TtlCacheTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void get_keepsKnownEntries_afterAFloodOfUnknownKeys() {
        TtlCache<String, String> cache = new TtlCache<>(Duration.ofSeconds(60), CLOCK, 10_000);
        AtomicInteger reads = new AtomicInteger();
        for (int known = 0; known < 100; known++) {
            cache.get("known-" + known, key -> Optional.of(key));
        }

        for (int unknown = 0; unknown < 20_000; unknown++) {
            cache.get("random-" + unknown, key -> Optional.empty());
        }
        for (int known = 0; known < 100; known++) {
            cache.get("known-" + known, key -> {
                reads.incrementAndGet();
                return Optional.of(key);
            });
        }

        assertThat(reads).hasValue(0);
    }

    @Test
    void get_remembersAnUnknownKey_soRepeatedLookupsReadOnce() {
        TtlCache<String, String> cache = new TtlCache<>(Duration.ofSeconds(60), CLOCK, 10_000);
        AtomicInteger reads = new AtomicInteger();

        for (int again = 0; again < 5; again++) {
            cache.get("random", key -> {
                reads.incrementAndGet();
                return Optional.empty();
            });
        }

        assertThat(reads).hasValue(1);
    }

    @Test
    void getOrLast_answersTheExpiredValue_whenTheLoadFails_andTriesAgainOnlyAfterTheRetryInterval() {
        TestClock clock = new TestClock(CLOCK.instant());
        TtlCache<String, String> cache = new TtlCache<>(Duration.ofSeconds(60), clock, 10_000);
        cache.getOrLast("campaign", key -> Optional.of("known"));
        clock.advance(Duration.ofSeconds(61));
        AtomicInteger failedLoads = new AtomicInteger();
        Function<String, Optional<String>> failing = key -> {
            failedLoads.incrementAndGet();
            throw new IllegalStateException("storage down");
        };

        Optional<String> duringOutage = cache.getOrLast("campaign", failing);
        cache.getOrLast("campaign", failing);
        clock.advance(TtlCache.RETRY_AFTER_FAILURE);
        cache.getOrLast("campaign", failing);

        assertThat(duringOutage).contains("known");
        assertThat(failedLoads).hasValue(2);
        assertThat(cache.getOrLast("campaign", key -> Optional.of("fresh"))).contains("known");
        clock.advance(TtlCache.RETRY_AFTER_FAILURE);
        assertThat(cache.getOrLast("campaign", key -> Optional.of("fresh"))).contains("fresh");
    }

    @Test
    void getOrLast_throwsTheFailure_whenNothingWasEverKnown_withoutLoadingAgainBeforeTheRetryInterval() {
        TestClock clock = new TestClock(CLOCK.instant());
        TtlCache<String, String> cache = new TtlCache<>(Duration.ofSeconds(60), clock, 10_000);
        AtomicInteger loads = new AtomicInteger();
        Function<String, Optional<String>> failing = key -> {
            loads.incrementAndGet();
            throw new IllegalStateException("storage down");
        };

        assertThatThrownBy(() -> cache.getOrLast("account", failing)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cache.getOrLast("account", failing)).isInstanceOf(IllegalStateException.class);
        clock.advance(TtlCache.RETRY_AFTER_FAILURE);

        assertThat(loads).hasValue(1);
        assertThat(cache.getOrLast("account", key -> Optional.of("back"))).contains("back");
    }
}
