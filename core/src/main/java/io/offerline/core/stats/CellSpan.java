package io.offerline.core.stats;

import java.time.Instant;
import java.util.Objects;

/** The cells of one grain whose periods start in {@code [from, to)}; both ends start periods of that grain. */
public record CellSpan(Grain grain, Instant from, Instant to) {

    public CellSpan {
        Objects.requireNonNull(grain, "grain");
        if (!grain.starts(from) || !grain.starts(to) || !from.isBefore(to)) {
            throw new IllegalArgumentException("not a span of " + grain + " periods: " + from + " to " + to);
        }
    }
}
