package io.offerline.dynamodb;

import io.offerline.core.workspace.WorkspaceEntity;
import java.util.Locale;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;

/**
 * The attributes every workspace entity's item has: its keys, its place in its workspace's index
 * (by creation time), identity, name, archived flag, version and times. {@code nameLower} exists
 * only for the case-insensitive name search.
 */
final class EntityItems {

    static final String ARCHIVED = "archived";
    static final String NAME_LOWER = "nameLower";
    static final String TAGS = "tags";
    static final String VERSION = "version";

    private EntityItems() {
    }

    /** A builder holding the common attributes; the entity's mapper adds its own. */
    static EnhancedDocument.Builder builder(WorkspaceEntity<?> entity, Key key, String indexPartition) {
        return Documents.withKey(key)
                .putString(OfferlineTables.GSI1_PARTITION_KEY, indexPartition)
                .putString(OfferlineTables.GSI1_SORT_KEY, Keys.createdOrder(entity.createdAt(), entity.id()))
                .putString("id", entity.id())
                .putString("accountId", entity.accountId())
                .putString("workspaceId", entity.workspaceId())
                .putString("name", entity.name())
                .putString(NAME_LOWER, entity.name().toLowerCase(Locale.ROOT))
                .putBoolean(ARCHIVED, entity.archived())
                .putNumber(VERSION, entity.version())
                .putString("createdAt", entity.createdAt().toString())
                .putString("updatedAt", entity.updatedAt().toString());
    }
}
