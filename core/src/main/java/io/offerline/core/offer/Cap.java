package io.offerline.core.offer;

import io.offerline.core.common.InvalidInputException;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A limit on an offer's conversions or clicks per window. While it is reached, traffic goes
 * to the fallback offer, else the fallback URL, else the campaign's fallback.
 */
public record Cap(boolean enabled, CapMetric metric, CapPeriod period, long limit, ZoneId timezone,
        String fallbackOfferId, String fallbackUrl) {

    public Cap {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(timezone, "timezone");
        requireLimit("cap.limit", limit);
    }

    /** The rule of a cap's limit: 0 or more; a negative one is bad input in {@code field}. */
    public static long requireLimit(String field, long limit) {
        if (limit < 0) {
            throw new InvalidInputException(field, "Cap limit must not be negative.");
        }
        return limit;
    }
}
