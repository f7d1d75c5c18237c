package io.offerline.dynamodb;

import io.offerline.core.lander.Lander;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;

/**
 * The lander item: one document per lander, indexed under its workspace by creation time.
 * {@code nameLower} exists only for the case-insensitive name search.
 */
final class LanderMapper {

    private static final EnhancedType<String> STRING = EnhancedType.of(String.class);

    private LanderMapper() {
    }

    static EnhancedDocument document(Lander lander) {
        EnhancedDocument.Builder builder = EntityItems.builder(lander, Keys.lander(lander.id()), Keys.landersOf(lander.workspaceId()))
                .putString("url", lander.url())
                .putNumber("callsToAction", lander.callsToAction())
                .putList("tags", lander.tags(), STRING);
        Documents.putOptional(builder, "notes", lander.notes());
        return builder.build();
    }

    static Lander lander(EnhancedDocument document) {
        return new Lander(document.getString("id"), document.getString("accountId"), document.getString("workspaceId"),
                document.getString("name"), document.getString("url"), document.getNumber("callsToAction").intValue(),
                document.getString("notes"), document.getList("tags", STRING), document.getBoolean(EntityItems.ARCHIVED),
                document.getNumber("version").longValue(), Documents.instant(document, "createdAt"),
                Documents.instant(document, "updatedAt"));
    }
}
