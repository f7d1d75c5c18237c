package io.offerline.dynamodb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that stands at {@link TestTime#NOW} until the test moves it; its zoned views move with it. */
public final class HandClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public HandClock() {
        this(new AtomicReference<>(TestTime.NOW), ZoneOffset.UTC);
    }

    private HandClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new HandClock(now, other);
    }
}
