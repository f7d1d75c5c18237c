package io.offerline.api.fetch;

import io.offerline.core.report.Dimension;
import io.offerline.core.report.StatsRange;

/** One entity's {@code stats} as a batch-loader key: requests equal but for the id share one report. */
record StatsRequest(String workspaceId, Dimension dimension, String entityId, StatsRange range) {

    /** The request without its entity: what the batch groups by. */
    StatsRequest shared() {
        return new StatsRequest(workspaceId, dimension, null, range);
    }
}
