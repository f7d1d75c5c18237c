package io.offerline.dynamodb;

import io.offerline.core.common.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Opaque list cursors: the keys of the item a page ended with, so the next page starts right
 * after it. A cursor only works for the list it came from.
 */
final class Cursors {

    private static final List<String> KEY_ATTRIBUTES = List.of(OfferlineTables.PARTITION_KEY, OfferlineTables.SORT_KEY,
            OfferlineTables.GSI1_PARTITION_KEY, OfferlineTables.GSI1_SORT_KEY);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Cursors() {
    }

    /** Reads the key attributes' values directly: the document's typed getter looks up a converter on every call. */
    static String after(EnhancedDocument item) {
        Map<String, AttributeValue> values = item.toMap();
        StringBuilder cursor = new StringBuilder();
        for (String attribute : KEY_ATTRIBUTES) {
            if (cursor.length() > 0) {
                cursor.append('.');
            }
            cursor.append(ENCODER.encodeToString(values.get(attribute).s().getBytes(StandardCharsets.UTF_8)));
        }
        return cursor.toString();
    }

    /** The exclusive start key of a cursor, or null for the first page. */
    static Map<String, AttributeValue> startKey(String cursor, String indexPartition) {
        if (cursor == null) {
            return null;
        }
        String[] parts = cursor.split("\\.", -1);
        if (parts.length != KEY_ATTRIBUTES.size()) {
            throw invalid();
        }
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (int index = 0; index < parts.length; index++) {
            key.put(KEY_ATTRIBUTES.get(index), AttributeValue.fromS(decode(parts[index])));
        }
        if (!key.get(OfferlineTables.GSI1_PARTITION_KEY).s().equals(indexPartition)) {
            throw invalid();
        }
        return key;
    }

    private static String decode(String part) {
        try {
            return new String(DECODER.decode(part), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("after", "This cursor does not belong to this list; use an endCursor from it.");
    }
}
