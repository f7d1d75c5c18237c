package io.offerline.core.stats;

import java.time.Instant;
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
        int partitions = 0;
        for (CellSpan span : spans) {
            for (Instant from = span.from(); from.isBefore(span.to()); from = span.grain().nextPartition(from)) {
                partitions++;
            }
        }
        return partitions * Math.max(1, campaignIds.size());
    }

    /** The main cells of {@code [from, to)} in the coarsest grains that fit. */
    public static CellQuery main(String workspaceId, Instant from, Instant to) {
        return new CellQuery(workspaceId, null, List.of(), GrainCover.of(from, to, CellLayout.MAIN_GRAINS, (start, end) -> true));
    }
}
