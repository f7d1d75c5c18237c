package io.offerline.dynamodb;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.lander.Lander;
import io.offerline.core.lander.LanderFilter;
import io.offerline.core.lander.LanderRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Landers in the config table; an index lists them per workspace. */
public final class DynamoLanderRepository implements LanderRepository {

    private final DocumentTables tables;
    private final BatchReader batchReader;

    public DynamoLanderRepository(DocumentTables tables, BatchReader batchReader) {
        this.tables = tables;
        this.batchReader = batchReader;
    }

    @Override
    public void create(Lander lander) {
        tables.config().putItem(Documents.createOnce(LanderMapper.document(lander)));
    }

    @Override
    public Optional<Lander> find(String landerId) {
        return Optional.ofNullable(tables.config().getItem(Keys.lander(landerId))).map(LanderMapper::lander);
    }

    @Override
    public List<Lander> findAll(Collection<String> landerIds) {
        return batchReader.read(tables.config(), landerIds.stream().map(Keys::lander).toList()).stream()
                .map(LanderMapper::lander)
                .toList();
    }

    @Override
    public void replace(Lander lander, long expectedVersion) {
        try {
            tables.config().putItem(Documents.replaceIfVersion(LanderMapper.document(lander), expectedVersion));
        } catch (ConditionalCheckFailedException e) {
            throw Documents.conflict("lander", lander.id(), expectedVersion);
        }
    }

    @Override
    public Page<Lander> list(String workspaceId, LanderFilter filter, PageRequest page) {
        return IndexPages.list(tables.config(), Keys.landersOf(workspaceId), NameFilters.of(filter.search(), filter.archived()), page)
                .map(LanderMapper::lander);
    }
}
