package io.offerline.dynamodb;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Pages through one partition of the {@code gsi1} index (a Query, never a Scan). A filter may
 * drop items, so it queries on until the page is full; every item gets its own cursor.
 */
final class IndexPages {

    private IndexPages() {
    }

    /** @param filter a filter expression on non-key attributes, or null */
    static Page<EnhancedDocument> list(DynamoDbTable<EnhancedDocument> table, String partition, Expression filter, PageRequest request) {
        Map<String, AttributeValue> start = Cursors.startKey(request.after(), partition);
        List<Page.Edge<EnhancedDocument>> edges = new ArrayList<>();
        boolean more = true;
        while (edges.size() <= request.first() && more) {
            QueryEnhancedRequest.Builder query = QueryEnhancedRequest.builder()
                    .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(partition).build()))
                    .exclusiveStartKey(start)
                    .limit(request.first() + 1);
            if (filter != null) {
                query.filterExpression(filter);
            }
            software.amazon.awssdk.enhanced.dynamodb.model.Page<EnhancedDocument> page =
                    table.index(OfferlineTables.GSI1).query(query.build()).iterator().next();
            page.items().forEach(item -> edges.add(new Page.Edge<>(item, Cursors.after(item))));
            start = page.lastEvaluatedKey();
            more = start != null && !start.isEmpty();
        }
        boolean hasNext = edges.size() > request.first();
        return new Page<>(hasNext ? edges.subList(0, request.first()) : edges, hasNext);
    }
}
