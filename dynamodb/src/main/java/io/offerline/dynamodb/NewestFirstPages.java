package io.offerline.dynamodb;

import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Pages through a log partition of the events table whose sort keys are {@code <instant>#<id>},
 * newest first, leaving out expired items. A filter may drop items, so it queries on until the
 * page is full, but at most {@link #MAX_QUERIES_PER_PAGE} times: a filter that matches little
 * answers a shorter page (maybe an empty one) whose cursor continues where reading stopped,
 * instead of reading the whole partition in one request. An item's sort key is its cursor.
 */
final class NewestFirstPages {

    /** Queries per page, each of at most {@code first + 1} items: at most 505 items read for a page of 100. */
    static final int MAX_QUERIES_PER_PAGE = 5;

    private static final DateTimeFormatter SORTABLE_INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private NewestFirstPages() {
    }

    /**
     * @param range which sort keys of the partition to read
     * @param filter a filter expression on non-key attributes, or null
     */
    static Page<EnhancedDocument> list(DynamoDbTable<EnhancedDocument> table, String partition, QueryConditional range,
            Expression filter, PageRequest page, Instant now) {
        Map<String, AttributeValue> start = startKey(partition, page.after());
        List<Page.Edge<EnhancedDocument>> edges = new ArrayList<>();
        boolean more = true;
        int queries = 0;
        while (edges.size() <= page.first() && more && queries < MAX_QUERIES_PER_PAGE) {
            queries++;
            QueryEnhancedRequest.Builder query = QueryEnhancedRequest.builder()
                    .queryConditional(range)
                    .scanIndexForward(false)
                    .exclusiveStartKey(start)
                    .limit(page.first() + 1);
            if (filter != null) {
                query.filterExpression(filter);
            }
            software.amazon.awssdk.enhanced.dynamodb.model.Page<EnhancedDocument> result = table.query(query.build()).iterator().next();
            result.items().stream().filter(item -> !Documents.isExpired(item, now))
                    .forEach(item -> edges.add(new Page.Edge<>(item, item.getString(OfferlineTables.SORT_KEY))));
            start = result.lastEvaluatedKey();
            more = start != null && !start.isEmpty();
        }
        if (edges.size() > page.first()) {
            return new Page<>(edges.subList(0, page.first()), true);
        }
        return more ? new Page<>(edges, true, start.get(OfferlineTables.SORT_KEY).s()) : new Page<>(edges, false);
    }

    /** The sort key of an entry: its instant, then its id for entries of the same instant. */
    static String sortKey(Instant at, String id) {
        return instant(at) + id;
    }

    /**
     * Where the sort keys of {@code at} begin. Fixed width, so that text order is time order
     * ({@code Instant.toString} drops zero fractions, and "…00Z" would sort after "…00.5Z").
     */
    static String instant(Instant at) {
        return SORTABLE_INSTANT.format(at) + "#";
    }

    private static Map<String, AttributeValue> startKey(String partition, String cursor) {
        if (checkedCursor(cursor) == null) {
            return null;
        }
        return Map.of(OfferlineTables.PARTITION_KEY, AttributeValue.fromS(partition), OfferlineTables.SORT_KEY, AttributeValue.fromS(cursor));
    }

    /** The cursor (null for the first page), when it is a sort key of such a log; an input error otherwise. */
    static String checkedCursor(String cursor) {
        if (cursor != null && !cursor.matches("[0-9TZ:.\\-]+#[A-Za-z0-9_-]+")) {
            throw new InvalidInputException("after", "This cursor does not belong to this list; use an endCursor from it.");
        }
        return cursor;
    }
}
