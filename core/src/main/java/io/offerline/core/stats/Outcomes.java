package io.offerline.core.stats;

import io.offerline.core.conversion.ConversionStatus;
import java.util.Objects;

/**
 * What conversions brought and cost in one cell, by their status: a conversion counts in the
 * outcome of its current status, so a status change moves it from one to the other, and a report
 * decides which statuses its revenue, cost and conversions count.
 */
public record Outcomes(Outcome approved, Outcome pending, Outcome declined) {

    public static final Outcomes NONE = new Outcomes(Outcome.NONE, Outcome.NONE, Outcome.NONE);

    public Outcomes {
        Objects.requireNonNull(approved, "approved");
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(declined, "declined");
    }

    /** {@code outcome} under {@code status}, nothing under the others. */
    public static Outcomes of(ConversionStatus status, Outcome outcome) {
        return switch (status) {
            case APPROVED -> new Outcomes(outcome, Outcome.NONE, Outcome.NONE);
            case PENDING -> new Outcomes(Outcome.NONE, outcome, Outcome.NONE);
            case DECLINED -> new Outcomes(Outcome.NONE, Outcome.NONE, outcome);
        };
    }

    /** {@code outcome} of approved conversions. */
    public static Outcomes approved(Outcome outcome) {
        return of(ConversionStatus.APPROVED, outcome);
    }

    /** The outcome under {@code status}. */
    public Outcome of(ConversionStatus status) {
        return switch (status) {
            case APPROVED -> approved;
            case PENDING -> pending;
            case DECLINED -> declined;
        };
    }

    /** Only the outcome under {@code status}. */
    public Outcomes only(ConversionStatus status) {
        return of(status, of(status));
    }

    public Outcomes plus(Outcomes other) {
        return new Outcomes(approved.plus(other.approved), pending.plus(other.pending), declined.plus(other.declined));
    }

    public Outcomes negated() {
        return new Outcomes(approved.negated(), pending.negated(), declined.negated());
    }
}
