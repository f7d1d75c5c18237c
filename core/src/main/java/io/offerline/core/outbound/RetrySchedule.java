package io.offerline.core.outbound;

import java.time.Duration;

/**
 * How often and when a failed postback is tried again: the delay doubles from {@code firstDelay}
 * after each failure, up to {@code maxDelay}, for at most {@code maxAttempts} attempts in all.
 */
public record RetrySchedule(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    /** 6 attempts within about 40 minutes: 1, 2, 4, 8 and 15 minutes apart (SQS delays a message at most 15 minutes). */
    public static final RetrySchedule DEFAULT = new RetrySchedule(6, Duration.ofMinutes(1), Duration.ofMinutes(15));

    public RetrySchedule {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** Whether another attempt follows a failed {@code attempt}. */
    public boolean retries(int attempt) {
        return attempt < maxAttempts;
    }

    /** The wait before the attempt after a failed {@code attempt} (from 1). */
    public Duration delayAfter(int attempt) {
        Duration delay = firstDelay.multipliedBy(1L << Math.min(attempt - 1, 20));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
