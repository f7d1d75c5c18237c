package io.offerline.core.stats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Which stored cells to read: a workspace's cells of one family (the main cells, or one detail's)
 * in the spans of a {@link GrainCover}. A tracking field's cells are kept per campaign, so reading
 * them names the campaigns.
 *
 * @param family null for the main cells
 * @param campaignIds the campaigns whose tracking-field cells to read; empty for other families
 */
public record CellQuery(String workspaceId, Detail family, List<String> campaignIds, List<CellSpan> spans) {

    public CellQuery {
        Objects.requireNonNull(workspaceId, "workspaceId");
        campaignIds = campaignIds == null ? List.of() : List.copyOf(campaignIds);
        spans = List.copyOf(spans);
        if (family != null && family.isTrackingField() == campaignIds.isEmpty()) {
            throw new IllegalArgumentException("tracking-field cells, and only they, are read per campaign");
        }
    }

    /** How many partitions a read of these cells queries: per campaign, each partition each span reaches. */
    public int partitions() {
        return ranges().size();
    }

    /**
     * The partition ranges a read of these cells queries, the one place that enumerates them: per
     * campaign (one pass without for other families), each partition ({@link Grain#nextPartition})
     * each span reaches, cut to the span.
     */
    public List<PartitionRange> ranges() {
        List<PartitionRange> ranges = new ArrayList<>();
        List<String> campaigns = campaignIds.isEmpty() ? Collections.singletonList(null) : campaignIds;
        for (String campaignId : campaigns) {
            for (CellSpan span : spans) {
                for (Instant from = span.from(); from.isBefore(span.to()); from = span.grain().nextPartition(from)) {
                    Instant next = span.grain().nextPartition(from);
                    ranges.add(new PartitionRange(campaignId, span.grain(), from, next.isBefore(span.to()) ? next : span.to()));
                }
            }
        }
        return ranges;
    }

    /** The main cells of {@code [from, to)} in the coarsest grains that fit. */
    public static CellQuery main(String workspaceId, Instant from, Instant to) {
        return new CellQuery(workspaceId, null, List.of(), GrainCover.of(from, to, CellLayout.MAIN_GRAINS, (start, end) -> true));
    }
}
