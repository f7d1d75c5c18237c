package io.offerline.dynamodb;

import java.util.function.Function;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;

/**
 * How one type of workspace entity is stored in the config table.
 *
 * @param noun how a conflict names the entity, e.g. {@code traffic source}
 * @param key the item's primary key by entity id
 * @param indexPartition the index partition listing a workspace's entities, by workspace id
 * @param document the mapper from entity to item
 * @param entity the mapper from item to entity
 * @param searchAttribute the lower-case attribute a list's search looks in
 */
record EntityLayout<T>(
        String noun,
        Function<String, Key> key,
        Function<String, String> indexPartition,
        Function<T, EnhancedDocument> document,
        Function<EnhancedDocument, T> entity,
        String searchAttribute) {

    /** A layout whose search looks in the name. */
    static <T> EntityLayout<T> byName(String noun, Function<String, Key> key, Function<String, String> indexPartition,
            Function<T, EnhancedDocument> document, Function<EnhancedDocument, T> entity) {
        return new EntityLayout<>(noun, key, indexPartition, document, entity, EntityItems.NAME_LOWER);
    }
}
