package io.offerline.core.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One pre-aggregated cell: a workspace, a UTC period of a {@link Grain} and one combination of
 * dimension values. Quarter hours divide every IANA offset (whole hours, half hours, and the
 * 45-minute ones such as Asia/Kathmandu) and every DST shift, so a report in any timezone sums
 * whole cells; the coarser grains serve what they divide.
 *
 * @param bucket the start of the period; always aligned to {@code grain}
 */
public record CellKey(String workspaceId, Grain grain, Instant bucket, Dimensions dimensions) {

    public static final Duration BUCKET = Duration.ofMinutes(15);

    public CellKey {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(grain, "grain");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(dimensions, "dimensions");
        if (!grain.starts(bucket)) {
            throw new IllegalArgumentException("bucket " + bucket + " does not start a " + grain + " period");
        }
    }

    /** A quarter-hour cell. */
    public CellKey(String workspaceId, Instant bucket, Dimensions dimensions) {
        this(workspaceId, Grain.QUARTER, bucket, dimensions);
    }

    /** The quarter-hour cell of an event at {@code at}. */
    public static CellKey of(String workspaceId, Instant at, Dimensions dimensions) {
        return new CellKey(workspaceId, bucketOf(at), dimensions);
    }

    /** The start of the 15-minute UTC bucket holding {@code at}. */
    public static Instant bucketOf(Instant at) {
        return Grain.QUARTER.start(at);
    }

    /** The end of this cell's period (exclusive). */
    public Instant end() {
        return grain.next(bucket);
    }

    /** The detail family this cell belongs to, or null for a main cell. */
    public Detail family() {
        return dimensions.details().family();
    }

    /** The same cell's roll-up of {@code coarser} grain. */
    public CellKey rolledUpTo(Grain coarser) {
        return new CellKey(workspaceId, coarser, coarser.start(bucket), dimensions);
    }

    /** The same period and workspace with other dimensions. */
    public CellKey with(Dimensions other) {
        return new CellKey(workspaceId, grain, bucket, other);
    }
}
