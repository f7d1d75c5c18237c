package io.offerline.dynamodb;

import io.offerline.core.workspace.Visibility;
import io.offerline.core.workspace.Workspace;
import io.offerline.core.workspace.WorkspaceRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;

/** Workspaces in the config table; an index lists them per account. */
public final class DynamoWorkspaceRepository implements WorkspaceRepository {

    private final DocumentTables tables;
    private final BatchReader batchReader;

    public DynamoWorkspaceRepository(DocumentTables tables, BatchReader batchReader) {
        this.tables = tables;
        this.batchReader = batchReader;
    }

    @Override
    public void save(Workspace workspace) {
        tables.config().putItem(Documents.withKey(Keys.workspace(workspace.id()))
                .putString(OfferlineTables.GSI1_PARTITION_KEY, Keys.workspacesOf(workspace.accountId()))
                .putString(OfferlineTables.GSI1_SORT_KEY, Keys.createdOrder(workspace.createdAt(), workspace.id()))
                .putString("id", workspace.id())
                .putString("accountId", workspace.accountId())
                .putString("name", workspace.name())
                .putString("createdAt", workspace.createdAt().toString())
                .putString("visibility", workspace.visibility().name())
                .build());
    }

    @Override
    public Optional<Workspace> find(String workspaceId) {
        return Optional.ofNullable(tables.config().getItem(Keys.workspace(workspaceId))).map(DynamoWorkspaceRepository::workspace);
    }

    @Override
    public List<Workspace> findAll(Collection<String> workspaceIds) {
        return batchReader.read(tables.config(), workspaceIds.stream().map(Keys::workspace).toList()).stream()
                .map(DynamoWorkspaceRepository::workspace)
                .toList();
    }

    @Override
    public List<Workspace> listByAccount(String accountId) {
        QueryConditional byAccount = QueryConditional.keyEqualTo(Key.builder().partitionValue(Keys.workspacesOf(accountId)).build());
        return tables.config().index(OfferlineTables.GSI1).query(request -> request.queryConditional(byAccount))
                .stream()
                .flatMap(page -> page.items().stream())
                .map(DynamoWorkspaceRepository::workspace)
                .toList();
    }

    private static Workspace workspace(EnhancedDocument document) {
        // Workspaces stored before visibility existed are public.
        Visibility visibility = document.isPresent("visibility") ? Visibility.valueOf(document.getString("visibility")) : Visibility.PUBLIC;
        return new Workspace(document.getString("id"), document.getString("accountId"), document.getString("name"),
                Documents.instant(document, "createdAt"), visibility);
    }
}
