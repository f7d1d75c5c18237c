package io.offerline.dynamodb;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.workspace.EntityFilter;
import io.offerline.core.workspace.WorkspaceEntity;
import io.offerline.core.workspace.WorkspaceEntityRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * One type of workspace entity in the config table, one item per entity; the {@code gsi1} index
 * lists a workspace's entities oldest first.
 */
class DynamoWorkspaceEntities<T extends WorkspaceEntity<T>> implements WorkspaceEntityRepository<T> {

    private final DocumentTables tables;
    private final BatchReader batchReader;
    private final EntityLayout<T> layout;

    DynamoWorkspaceEntities(DocumentTables tables, BatchReader batchReader, EntityLayout<T> layout) {
        this.tables = tables;
        this.batchReader = batchReader;
        this.layout = layout;
    }

    @Override
    public void create(T entity) {
        tables.config().putItem(Documents.createOnce(layout.document().apply(entity)));
    }

    @Override
    public Optional<T> find(String id) {
        return Optional.ofNullable(tables.config().getItem(layout.key().apply(id))).map(layout.entity());
    }

    @Override
    public List<T> findAll(Collection<String> ids) {
        return batchReader.read(tables.config(), ids.stream().map(layout.key()).toList()).stream().map(layout.entity()).toList();
    }

    @Override
    public void replace(T entity, long expectedVersion) {
        try {
            tables.config().putItem(Documents.replaceIfVersion(layout.document().apply(entity), expectedVersion));
        } catch (ConditionalCheckFailedException stale) {
            throw Documents.conflict(layout.noun(), entity.id(), expectedVersion);
        }
    }

    @Override
    public Page<T> list(String workspaceId, EntityFilter filter, PageRequest page) {
        return list(workspaceId, filter, ListFilters.Reference.ANY, page);
    }

    /** Like {@link #list(String, EntityFilter, PageRequest)}, only the items that point at {@code reference}. */
    protected Page<T> list(String workspaceId, EntityFilter filter, ListFilters.Reference reference, PageRequest page) {
        return IndexPages.list(tables.config(), layout.indexPartition().apply(workspaceId),
                ListFilters.of(filter, layout.searchAttribute(), reference), page).map(layout.entity());
    }
}
