package io.offerline.dynamodb;

import io.offerline.core.trafficsource.TrafficSource;
import io.offerline.core.trafficsource.TrafficSourceRepository;

/** Traffic sources in the config table; an index lists them per workspace. */
public final class DynamoTrafficSourceRepository extends DynamoWorkspaceEntities<TrafficSource> implements TrafficSourceRepository {

    public DynamoTrafficSourceRepository(DocumentTables tables, BatchReader batchReader) {
        super(tables, batchReader, EntityLayout.byName("traffic source", Keys::trafficSource, Keys::trafficSourcesOf,
                TrafficSourceMapper::document, TrafficSourceMapper::trafficSource));
    }
}
