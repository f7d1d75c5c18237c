package io.offerline.core.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One pre-aggregated cell: a workspace, a 15-minute UTC bucket and one combination of dimension
 * values. Fifteen minutes divide every IANA offset (whole hours, half hours, and the 45-minute
 * ones such as Asia/Kathmandu) and every DST shift, so a report in any timezone sums whole buckets.
 *
 * @param bucket the start of the bucket; always aligned to {@link #BUCKET}
 */
public record CellKey(String workspaceId, Instant bucket, Dimensions dimensions) {

    public static final Duration BUCKET = Duration.ofMinutes(15);

    public CellKey {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(dimensions, "dimensions");
        if (!bucket.equals(bucketOf(bucket))) {
            throw new IllegalArgumentException("bucket " + bucket + " does not start a 15-minute bucket");
        }
    }

    /** The cell of an event at {@code at}. */
    public static CellKey of(String workspaceId, Instant at, Dimensions dimensions) {
        return new CellKey(workspaceId, bucketOf(at), dimensions);
    }

    /** The start of the 15-minute UTC bucket holding {@code at}. */
    public static Instant bucketOf(Instant at) {
        long bucketSeconds = BUCKET.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), bucketSeconds) * bucketSeconds);
    }
}
