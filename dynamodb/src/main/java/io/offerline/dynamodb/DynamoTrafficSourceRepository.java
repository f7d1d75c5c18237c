package io.offerline.dynamodb;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.trafficsource.TrafficSource;
import io.offerline.core.trafficsource.TrafficSourceFilter;
import io.offerline.core.trafficsource.TrafficSourceRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Traffic sources in the config table; an index lists them per workspace. */
public final class DynamoTrafficSourceRepository implements TrafficSourceRepository {

    private final DocumentTables tables;
    private final BatchReader batchReader;

    public DynamoTrafficSourceRepository(DocumentTables tables, BatchReader batchReader) {
        this.tables = tables;
        this.batchReader = batchReader;
    }

    @Override
    public void create(TrafficSource trafficSource) {
        tables.config().putItem(Documents.createOnce(TrafficSourceMapper.document(trafficSource)));
    }

    @Override
    public Optional<TrafficSource> find(String trafficSourceId) {
        return Optional.ofNullable(tables.config().getItem(Keys.trafficSource(trafficSourceId))).map(TrafficSourceMapper::trafficSource);
    }

    @Override
    public List<TrafficSource> findAll(Collection<String> trafficSourceIds) {
        return batchReader.read(tables.config(), trafficSourceIds.stream().map(Keys::trafficSource).toList()).stream()
                .map(TrafficSourceMapper::trafficSource)
                .toList();
    }

    @Override
    public void replace(TrafficSource trafficSource, long expectedVersion) {
        try {
            tables.config().putItem(Documents.replaceIfVersion(TrafficSourceMapper.document(trafficSource), expectedVersion));
        } catch (ConditionalCheckFailedException e) {
            throw Documents.conflict("traffic source", trafficSource.id(), expectedVersion);
        }
    }

    @Override
    public Page<TrafficSource> list(String workspaceId, TrafficSourceFilter filter, PageRequest page) {
        return IndexPages.list(tables.config(), Keys.trafficSourcesOf(workspaceId), NameFilters.of(filter.search(), filter.archived()),
                page).map(TrafficSourceMapper::trafficSource);
    }
}
