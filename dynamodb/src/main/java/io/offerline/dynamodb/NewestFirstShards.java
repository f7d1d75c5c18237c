package io.offerline.dynamodb;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;

/**
 * Pages through a log written to several partitions (its write shards, so that no partition
 * takes more than DynamoDB's about 1,000 writes a second) as one list, newest first, like
 * {@link NewestFirstPages}: the sort keys are {@code <instant>#<id>} in every shard, so a cursor
 * is one position in the merged order and reads every shard from there. An item is taken only
 * when no shard can still hold a newer one; each shard is read at most
 * {@link NewestFirstPages#MAX_QUERIES_PER_PAGE} times a page, and a page cut short by that bound
 * ends with a cursor where every shard's reading can go on without skipping an item.
 */
final class NewestFirstShards {

    private NewestFirstShards() {
    }

    static Page<EnhancedDocument> list(DynamoDbTable<EnhancedDocument> table, List<String> partitions, Expression filter,
            PageRequest page, Instant now) {
        String after = NewestFirstPages.checkedCursor(page.after());
        // About each shard's share of the page, and a little over, so that most pages take one query per shard.
        int limit = (page.first() + 1 + partitions.size() - 1) / partitions.size() + 2;
        List<Shard> shards = partitions.stream().map(partition -> new Shard(table, partition, after, filter, limit, now)).toList();
        List<Page.Edge<EnhancedDocument>> edges = new ArrayList<>();
        while (edges.size() <= page.first()) {
            Optional<Shard> newest = shards.stream().filter(Shard::hasBuffered).max(Comparator.comparing(Shard::headSortKey));
            String newestKey = newest.map(Shard::headSortKey).orElse(null);
            List<Shard> unread = shards.stream().filter(shard -> shard.mayHoldNewerThan(newestKey)).toList();
            if (!unread.isEmpty()) {
                Optional<Shard> readable = unread.stream().filter(Shard::mayQuery).findFirst();
                if (readable.isEmpty()) {
                    return new Page<>(edges, true, unread.stream().map(Shard::frontier).max(Comparator.naturalOrder()).orElseThrow());
                }
                readable.get().read();
                continue;
            }
            if (newest.isEmpty()) {
                return new Page<>(edges, false);
            }
            EnhancedDocument item = newest.get().take();
            edges.add(new Page.Edge<>(item, item.getString(OfferlineTables.SORT_KEY)));
        }
        return new Page<>(edges.subList(0, page.first()), true);
    }

    /** One shard's reading: what it has read and not yet given, and how far down it has read. */
    private static final class Shard {

        private final DynamoDbTable<EnhancedDocument> table;
        private final String partition;
        private final Expression filter;
        private final int limit;
        private final Instant now;
        private final Deque<EnhancedDocument> buffered = new ArrayDeque<>();
        /** Every item of the shard above this sort key has been read; null: none read yet, from the top. */
        private String frontier;
        private boolean exhausted;
        private int queries;

        Shard(DynamoDbTable<EnhancedDocument> table, String partition, String after, Expression filter, int limit, Instant now) {
            this.table = table;
            this.partition = partition;
            this.frontier = after;
            this.filter = filter;
            this.limit = limit;
            this.now = now;
        }

        boolean hasBuffered() {
            return !buffered.isEmpty();
        }

        String headSortKey() {
            return buffered.getFirst().getString(OfferlineTables.SORT_KEY);
        }

        EnhancedDocument take() {
            return buffered.removeFirst();
        }

        String frontier() {
            return frontier;
        }

        /** True when an item newer than {@code sortKey} (null: any item) may be left unread in this shard. */
        boolean mayHoldNewerThan(String sortKey) {
            return !exhausted && buffered.isEmpty() && (sortKey == null || frontier == null || frontier.compareTo(sortKey) > 0);
        }

        boolean mayQuery() {
            return queries < NewestFirstPages.MAX_QUERIES_PER_PAGE;
        }

        void read() {
            queries++;
            QueryEnhancedRequest.Builder query = QueryEnhancedRequest.builder()
                    .queryConditional(frontier == null ? QueryConditional.keyEqualTo(Key.builder().partitionValue(partition).build())
                            : QueryConditional.sortLessThan(Key.builder().partitionValue(partition).sortValue(frontier).build()))
                    .scanIndexForward(false)
                    .limit(limit);
            if (filter != null) {
                query.filterExpression(filter);
            }
            software.amazon.awssdk.enhanced.dynamodb.model.Page<EnhancedDocument> result = table.query(query.build()).iterator().next();
            result.items().stream().filter(item -> !Documents.isExpired(item, now)).forEach(buffered::addLast);
            if (result.lastEvaluatedKey() == null || result.lastEvaluatedKey().isEmpty()) {
                exhausted = true;
            } else {
                frontier = result.lastEvaluatedKey().get(OfferlineTables.SORT_KEY).s();
            }
        }
    }
}
