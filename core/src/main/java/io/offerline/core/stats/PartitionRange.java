package io.offerline.core.stats;

import java.time.Instant;

/**
 * The cells of one storage partition that a {@link CellQuery} reads: those of {@code grain} (of
 * the query's family, and of {@code campaignId} for a tracking field) whose periods start in
 * {@code [from, to)}. One Query, and its pages, each.
 *
 * @param campaignId null but for tracking-field cells
 */
public record PartitionRange(String campaignId, Grain grain, Instant from, Instant to) {
}
