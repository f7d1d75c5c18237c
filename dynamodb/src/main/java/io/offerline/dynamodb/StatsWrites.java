package io.offerline.dynamodb;

import io.offerline.core.stats.CellDelta;
import io.offerline.core.stats.CellKey;
import io.offerline.core.stats.StatsEvent;
import io.offerline.core.stats.StatsFolder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the stats aggregator writes for the changes of a batch past its shard's checkpoint: the one
 * home of how they are cut into transactions and of what each cell's update holds, so that the
 * aggregator and the scale simulation ({@code scale/simulate}) count the same writes.
 *
 * <p>A transaction holds the folded changes of consecutive records (each cell once, at most
 * {@link #MAX_CELLS_PER_TRANSACTION}) and advances the checkpoint to its last record, so a
 * retried batch, whole or from the middle, adds each record once. An event with more cells than
 * a transaction holds is a transaction of its own, which the aggregator writes in parts.
 */
public final class StatsWrites {

    /** DynamoDB's limit of items in one transaction; one of them is the checkpoint. */
    static final int MAX_TRANSACTION_ITEMS = 100;
    public static final int MAX_CELLS_PER_TRANSACTION = MAX_TRANSACTION_ITEMS - 1;

    private static final StatsFolder FOLDER = new StatsFolder();

    /**
     * One transaction of a batch: the summed changes of its records' cells, and its last record,
     * to which it advances the checkpoint.
     */
    public record Transaction(StreamChange last, Map<CellKey, CellDelta> cells) {
    }

    private StatsWrites() {
    }

    /**
     * The transactions of {@code pending} (in sequence order), each record's event taken from
     * {@code events} (a record without one changes no cell but still moves the checkpoint).
     */
    public static List<Transaction> transactions(List<StreamChange> pending, Map<StreamChange, ? extends StatsEvent> events) {
        List<Transaction> transactions = new ArrayList<>();
        Map<CellKey, CellDelta> chunk = new HashMap<>();
        StreamChange last = null;
        for (StreamChange change : pending) {
            StatsEvent event = events.get(change);
            Map<CellKey, CellDelta> withChange = event == null ? chunk : FOLDER.merge(chunk, FOLDER.fold(List.of(event)));
            if (withChange.size() > MAX_CELLS_PER_TRANSACTION && last != null) {
                transactions.add(new Transaction(last, chunk));
                withChange = FOLDER.fold(event == null ? List.of() : List.of(event));
            }
            chunk = withChange;
            last = change;
        }
        if (last != null) {
            transactions.add(new Transaction(last, chunk));
        }
        return transactions;
    }

    /** The counters a cell's update adds, by attribute name, as DynamoDB numbers. */
    public static Map<String, String> counters(CellDelta delta) {
        return StatsCellItem.counters(delta);
    }

    /** The key attributes of a cell's item, in its write shard. */
    public static Map<String, AttributeValue> key(CellKey cell, StatsWriteShards shards) {
        software.amazon.awssdk.enhanced.dynamodb.Key key = Keys.statsCell(cell, shards);
        return Map.of(OfferlineTables.PARTITION_KEY, key.partitionKeyValue(), OfferlineTables.SORT_KEY, key.sortKeyValue().orElseThrow());
    }
}
