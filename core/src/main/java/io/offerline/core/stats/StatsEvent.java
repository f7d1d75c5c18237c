package io.offerline.core.stats;

import io.offerline.core.tracking.VisitCost;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one change of a raw event means to the stats. Clicks and conversions do not carry where
 * their visit came from nor what it cost: {@link #withVisit} completes them from the visit of
 * their click id.
 */
public sealed interface StatsEvent {

    String clickId();

    Dimensions dimensions();

    /** When the event happened: it decides the time bucket. */
    Instant at();

    /** Whether the event knows all it needs to be folded (its visit, for clicks and conversions). */
    boolean isComplete();

    /** This event with the workspace, the missing dimensions and the pricing taken from its visit. */
    StatsEvent withVisit(Visited visit);

    /** The cells this event changes and by how much; call only when complete. */
    Map<CellKey, CellDelta> changes();

    /**
     * A visit was recorded. A visit sent straight to an offer ({@code offerId} set) is also its
     * click on that offer.
     */
    record Visited(String clickId, String workspaceId, Dimensions dimensions, Instant at, boolean bot, VisitCost pricing)
            implements StatsEvent {

        public Visited {
            Objects.requireNonNull(clickId, "clickId");
            Objects.requireNonNull(workspaceId, "workspaceId");
            Objects.requireNonNull(dimensions, "dimensions");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(pricing, "pricing");
        }

        @Override
        public boolean isComplete() {
            return true;
        }

        @Override
        public StatsEvent withVisit(Visited visit) {
            return this;
        }

        @Override
        public Map<CellKey, CellDelta> changes() {
            CellDelta delta = CellDelta.traffic(1, dimensions.offerId() == null ? 0 : 1, bot ? 1 : 0, pricing.perVisit());
            return Map.of(CellKey.of(workspaceId, at, dimensions), delta);
        }
    }

    /** A visitor clicked through from a lander to an offer; {@code visit} is null until completed. */
    record Clicked(String clickId, Dimensions dimensions, Instant at, Visited visit) implements StatsEvent {

        public Clicked {
            Objects.requireNonNull(clickId, "clickId");
            Objects.requireNonNull(dimensions, "dimensions");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public boolean isComplete() {
            return visit != null;
        }

        @Override
        public StatsEvent withVisit(Visited visit) {
            return new Clicked(clickId, dimensions.completedBy(visit.dimensions()), at, visit);
        }

        @Override
        public Map<CellKey, CellDelta> changes() {
            return Map.of(CellKey.of(visit.workspaceId(), at, dimensions), CellDelta.traffic(0, 1, 0, BigDecimal.ZERO));
        }
    }

    /**
     * A conversion was recorded ({@code before} null) or changed (status, reversal): the cells
     * move by the difference. It counts in the bucket of its postback and, for reports by visit
     * time, in the bucket of its visit; {@code visit} is null until completed.
     */
    record Converted(String clickId, Dimensions dimensions, Instant at, ConversionState before, ConversionState after,
            Visited visit) implements StatsEvent {

        public Converted {
            Objects.requireNonNull(clickId, "clickId");
            Objects.requireNonNull(dimensions, "dimensions");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(after, "after");
        }

        @Override
        public boolean isComplete() {
            return visit != null;
        }

        @Override
        public StatsEvent withVisit(Visited visit) {
            return new Converted(clickId, dimensions.completedBy(visit.dimensions()), at, before, after, visit);
        }

        @Override
        public Map<CellKey, CellDelta> changes() {
            Outcomes outcome = after.outcome(visit.pricing());
            if (before != null) {
                outcome = outcome.plus(before.outcome(visit.pricing()).negated());
            }
            Map<CellKey, CellDelta> changes = new HashMap<>();
            changes.put(CellKey.of(visit.workspaceId(), at, dimensions), CellDelta.atPostback(outcome));
            changes.merge(CellKey.of(visit.workspaceId(), visit.at(), dimensions), CellDelta.atVisit(outcome), CellDelta::plus);
            return changes;
        }
    }
}
