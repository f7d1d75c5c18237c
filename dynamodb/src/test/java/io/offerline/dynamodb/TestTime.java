package io.offerline.dynamodb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The suite's time. Test contexts run on {@link #clock()}, so that every date a test sees, and
 * every date its handlers stamp, is the same on whatever day the suite runs.
 */
public final class TestTime {

    /**
     * Noon UTC on a Thursday: after the shipped ECB fixture's last day (2026-11-25), and hours
     * away from midnight, month ends and DST changes in the zones the tests use.
     */
    public static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private TestTime() {
    }

    /**
     * A UTC clock that reads {@link #NOW} when made and then runs at real speed, so that caches
     * and staleness windows expire as they do in production.
     */
    public static Clock clock() {
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), NOW));
    }
}
