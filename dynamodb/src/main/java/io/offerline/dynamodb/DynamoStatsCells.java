package io.offerline.dynamodb;

import io.offerline.core.stats.Cell;
import io.offerline.core.stats.CellQuery;
import io.offerline.core.stats.PartitionRange;
import io.offerline.core.stats.StatsCells;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads stats cells back: one Query per partition a span reaches (per campaign, for tracking
 * fields; per write shard, for a busy workspace: {@link StatsWriteShards}), {@link #PARALLEL_QUERIES} at a time. A cell's sort key starts with its period's start,
 * and a start followed by {@code #…} sorts after the bare instant, so {@code BETWEEN from AND to}
 * holds exactly the periods starting in {@code [from, to)}.
 */
public final class DynamoStatsCells implements StatsCells {

    /** Queries in flight at once for one read; each reads its pages in turn. */
    static final int PARALLEL_QUERIES = 8;

    private static final Map<String, String> ATTRIBUTE_NAMES = attributeNames();
    private static final String PROJECTION = String.join(", ", StatsCellItem.READ.stream().map(name -> "#" + name).toList());

    private final DynamoDbClient client;
    private final TableNames names;
    private final StatsWriteShards writeShards;
    private final ExecutorService queries = Executors.newFixedThreadPool(PARALLEL_QUERIES, daemonThreads());

    public DynamoStatsCells(DynamoDbClient client, TableNames names) {
        this(client, names, StatsWriteShards.NONE);
    }

    public DynamoStatsCells(DynamoDbClient client, TableNames names, StatsWriteShards writeShards) {
        this.client = client;
        this.names = names;
        this.writeShards = writeShards;
    }

    @Override
    public List<Cell> cells(CellQuery query) {
        List<CompletableFuture<List<Cell>>> reads = new ArrayList<>();
        for (PartitionRange range : query.ranges()) {
            for (String partition : StatsCellKeys.partitions(query.workspaceId(), query.family(), range.campaignId(), range.grain(),
                    range.from(), writeShards)) {
                reads.add(CompletableFuture.supplyAsync(() -> cellsOf(partition, range.from(), range.to()), queries));
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (CompletableFuture<List<Cell>> read : reads) {
            cells.addAll(joined(read));
        }
        return cells;
    }

    /** The read's cells; its failure as thrown by the client, not wrapped. */
    private static List<Cell> joined(CompletableFuture<List<Cell>> read) {
        try {
            return read.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    private List<Cell> cellsOf(String partition, Instant from, Instant to) {
        return client.queryPaginator(request -> request
                        .tableName(names.stats())
                        .keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :to")
                        .projectionExpression(PROJECTION)
                        .expressionAttributeNames(ATTRIBUTE_NAMES)
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS(partition),
                                ":from", AttributeValue.fromS(from.toString()),
                                ":to", AttributeValue.fromS(to.toString()))))
                .items().stream()
                .map(item -> StatsCellItem.cell(partition, item))
                .toList();
    }

    private static Map<String, String> attributeNames() {
        Map<String, String> names = new HashMap<>(Map.of("#pk", OfferlineTables.PARTITION_KEY));
        StatsCellItem.READ.forEach(name -> names.put("#" + name, name));
        return Map.copyOf(names);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "stats-query-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
