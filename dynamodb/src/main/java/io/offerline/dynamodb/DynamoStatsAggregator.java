package io.offerline.dynamodb;

import io.offerline.core.stats.CellDelta;
import io.offerline.core.stats.CellKey;
import io.offerline.core.stats.Dimensions;
import io.offerline.core.stats.StatsEvent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Applies the events table's stream to the stats cells exactly once per shard. A checkpoint item
 * per shard holds the last applied sequence number; records at or below it are skipped, and each
 * chunk's cell increments are written in one {@code TransactWriteItems} together with the
 * checkpoint advance, conditional on the checkpoint still being where this run read it. A batch
 * that Lambda retries, whole or from the middle, therefore adds each record once and skips none.
 *
 * <p>Clicks and conversions are completed by their visit (from the same batch, else read by key)
 * so that they land in the cell of the visit's lander, traffic source, country and device.
 *
 * <p>A recorded cost update sets the visit cost of the cells it covers ({@link CostUpdateCells}):
 * it is applied alone, after the events before it are written.
 */
public final class DynamoStatsAggregator {

    private static final int MAX_CELLS_PER_TRANSACTION = StatsWrites.MAX_CELLS_PER_TRANSACTION;
    private static final int MAX_ATTEMPTS = 5;
    private static final int MAX_BATCH_GET_KEYS = 100;
    private static final String SEQUENCE = "sequenceNumber";

    private final DynamoDbClient client;
    private final TableNames names;
    private final StatsWriteShards writeShards;
    private final CostUpdateCells costCells;

    public DynamoStatsAggregator(DynamoDbClient client, TableNames names) {
        this(client, names, StatsWriteShards.NONE);
    }

    /** With the write shards of busy workspaces, which the reads of the stats must be given too. */
    public DynamoStatsAggregator(DynamoDbClient client, TableNames names, StatsWriteShards writeShards) {
        this.client = client;
        this.names = names;
        this.writeShards = writeShards;
        this.costCells = new CostUpdateCells(client, names, writeShards);
    }

    /** Applies records read through the DynamoDB Streams API; see {@link #apply}. */
    public int applyRecords(String shardId, List<Record> records) {
        return apply(shardId, records.stream().map(StreamChange::of).toList());
    }

    /**
     * Applies the changes of one shard that are past its checkpoint and returns how many were
     * applied. Safe to call again with the same or an overlapping batch.
     */
    public int apply(String shardId, List<StreamChange> changes) {
        if (changes.isEmpty()) {
            return 0; // an empty page of the stream: not worth reading the checkpoint
        }
        if (changes.stream().anyMatch(DynamoCostUpdates::isRecorded)) {
            return applyAroundCostUpdates(shardId, changes);
        }
        return applyEvents(shardId, changes);
    }

    private int applyEvents(String shardId, List<StreamChange> changes) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<Integer> applied = applyPastCheckpoint(shardId, changes);
            if (applied.isPresent()) {
                return applied.get();
            }
        }
        throw new ShardContentionException(shardId);
    }

    /** The changes of a batch past the shard's checkpoint: what a failed batch left unapplied. */
    public List<StreamChange> unapplied(String shardId, List<StreamChange> changes) {
        return past(checkpoint(shardId), changes);
    }

    /**
     * Moves the shard's checkpoint past records sent to the failure queue, so that a retry of
     * their batch (an invocation that failed after sending them) does not apply them as well as
     * the replay. False when the checkpoint could not be moved; the records stay in the queue.
     */
    public boolean skipSent(String shardId, List<StreamChange> sent) {
        Optional<String> checkpoint = checkpoint(shardId);
        Optional<StreamChange> last = past(checkpoint, sent).stream().max(Comparator.comparing(StreamChange::sequence));
        return last.isPresent() && write(shardId, checkpoint.orElse(null), last.get().sequenceNumber(), Map.of());
    }

    private static List<StreamChange> past(Optional<String> checkpoint, List<StreamChange> changes) {
        BigInteger appliedUpTo = checkpoint.map(BigInteger::new).orElse(BigInteger.valueOf(-1));
        return changes.stream().filter(change -> change.sequence().compareTo(appliedUpTo) > 0).toList();
    }

    /**
     * Applies the records of a failed batch that a replay has not applied yet, under the batch's
     * own checkpoint ({@link FailedStatsBatch#replayCheckpoint}), not the shard's, which later
     * batches have moved past them. Returns how many it applied now: 0 for a batch replayed before.
     */
    public int replay(FailedStatsBatch batch) {
        return apply(batch.replayCheckpoint(), batch.records());
    }

    /**
     * A cost update sets cells from what they hold, so the events before it are written first,
     * then the update alone, then the events after it.
     */
    private int applyAroundCostUpdates(String shardId, List<StreamChange> changes) {
        int applied = 0;
        List<StreamChange> events = new ArrayList<>();
        for (StreamChange change : changes.stream().sorted(Comparator.comparing(StreamChange::sequence)).toList()) {
            if (!DynamoCostUpdates.isRecorded(change)) {
                events.add(change);
                continue;
            }
            applied += events.isEmpty() ? 0 : applyEvents(shardId, events);
            events = new ArrayList<>();
            applied += applyCostUpdate(shardId, change);
        }
        return applied + (events.isEmpty() ? 0 : applyEvents(shardId, events));
    }

    private int applyCostUpdate(String shardId, StreamChange change) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<String> checkpoint = checkpoint(shardId);
            if (checkpoint.isPresent() && new BigInteger(checkpoint.get()).compareTo(change.sequence()) >= 0) {
                return 0;
            }
            if (writeCostUpdate(shardId, checkpoint.orElse(null), change)) {
                return 1;
            }
        }
        throw new IllegalStateException("The checkpoint of shard " + shardId + " kept moving under the stats aggregator: "
                + "another aggregator is applying the same shard.");
    }

    /**
     * The update's cell changes in transactions of at most 99 cells, the last one advancing the
     * checkpoint past it; the others only check that the checkpoint stands. Should the batch fail
     * between them, its retry works the changes out again from the cells as they are then, and
     * the cells already set change by nothing: a unit of changes (a cell with its roll-ups, a
     * detail cell with the main cells it moves) is never cut, unless it alone exceeds 99 cells.
     */
    private boolean writeCostUpdate(String shardId, String previous, StreamChange change) {
        List<Map<CellKey, CellDelta>> transactions = packed(costCells.changes(DynamoCostUpdates.update(change.newImage())));
        for (Map<CellKey, CellDelta> cells : transactions.subList(0, transactions.size() - 1)) {
            if (!writeHoldingCheckpoint(shardId, previous, cells)) {
                return false;
            }
        }
        return write(shardId, previous, change.sequenceNumber(), transactions.get(transactions.size() - 1));
    }

    /** Units packed into transactions of at most 99 cells, in order; at least one, maybe empty. */
    private static List<Map<CellKey, CellDelta>> packed(List<Map<CellKey, CellDelta>> units) {
        List<Map<CellKey, CellDelta>> transactions = new ArrayList<>(List.of(new LinkedHashMap<>()));
        for (Map<CellKey, CellDelta> unit : units) {
            Map<CellKey, CellDelta> current = transactions.get(transactions.size() - 1);
            if (current.size() + unit.size() > MAX_CELLS_PER_TRANSACTION && !current.isEmpty()) {
                current = new LinkedHashMap<>();
                transactions.add(current);
            }
            for (Map.Entry<CellKey, CellDelta> cell : unit.entrySet()) {
                if (current.size() == MAX_CELLS_PER_TRANSACTION && !current.containsKey(cell.getKey())) {
                    current = new LinkedHashMap<>();
                    transactions.add(current);
                }
                current.merge(cell.getKey(), cell.getValue(), CellDelta::plus);
            }
        }
        return transactions;
    }

    private boolean writeHoldingCheckpoint(String shardId, String previous, Map<CellKey, CellDelta> cells) {
        List<TransactWriteItem> items = increments(cells);
        items.add(TransactWriteItem.builder().conditionCheck(holds(shardId, previous)).build());
        return transact(shardId, previous, items);
    }

    private ConditionCheck holds(String shardId, String previous) {
        ConditionCheck.Builder check = ConditionCheck.builder().tableName(names.stats()).key(key(Keys.statsCheckpoint(shardId)));
        if (previous == null) {
            return check.conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", OfferlineTables.PARTITION_KEY)).build();
        }
        return check.conditionExpression("#sequence = :previous")
                .expressionAttributeNames(Map.of("#sequence", SEQUENCE))
                .expressionAttributeValues(Map.of(":previous", AttributeValue.fromS(previous))).build();
    }

    /** The last sequence number applied from a shard, if any. */
    public Optional<String> checkpoint(String shardId) {
        Map<String, AttributeValue> item = client.getItem(request -> request.tableName(names.stats())
                .key(key(Keys.statsCheckpoint(shardId))).consistentRead(true)).item();
        return item == null || !item.containsKey(SEQUENCE) ? Optional.empty() : Optional.of(item.get(SEQUENCE).s());
    }

    /** Empty when another writer moved the checkpoint meanwhile: the caller starts over from the new one. */
    private Optional<Integer> applyPastCheckpoint(String shardId, List<StreamChange> changes) {
        Optional<String> checkpoint = checkpoint(shardId);
        List<StreamChange> pending = past(checkpoint, changes).stream().sorted(Comparator.comparing(StreamChange::sequence)).toList();
        if (pending.isEmpty()) {
            return Optional.of(0);
        }
        Map<StreamChange, StatsEvent> events = completedEvents(changes, pending);
        String previous = checkpoint.orElse(null);
        for (StatsWrites.Transaction transaction : StatsWrites.transactions(pending, events)) {
            String upTo = transaction.last().sequenceNumber();
            Map<CellKey, CellDelta> cells = transaction.cells().size() > MAX_CELLS_PER_TRANSACTION
                    ? writeAllButLastPart(shardId, previous, transaction.last(), transaction.cells())
                    : transaction.cells();
            if (!write(shardId, previous, upTo, cells)) {
                return Optional.empty();
            }
            previous = upTo;
        }
        return Optional.of(pending.size());
    }

    /**
     * One event with more cells than a transaction holds (a conversion of a visit with most
     * details, whose postback falls in another period than the visit): its cells in a fixed order,
     * every part but the last written in a transaction of its own with a checkpoint of its own
     * ({@code <shard>/part/<sequence number>/<part>}), so that a retry adds each part once; the last
     * part is returned, to go with the shard's checkpoint advance like any event's cells.
     */
    private Map<CellKey, CellDelta> writeAllButLastPart(String shardId, String previous, StreamChange change,
            Map<CellKey, CellDelta> cells) {
        List<Map.Entry<CellKey, CellDelta>> ordered = cells.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<CellKey, CellDelta> cell) -> storedKey(cell.getKey()))).toList();
        int partSize = MAX_CELLS_PER_TRANSACTION - 1; // each part also holds its own checkpoint and a check of the shard's
        int part = 0;
        for (; (part + 1) * partSize < ordered.size(); part++) {
            String partId = shardId + "/part/" + change.sequenceNumber() + "/" + part;
            List<TransactWriteItem> items = increments(inOrder(ordered.subList(part * partSize, (part + 1) * partSize)));
            items.add(TransactWriteItem.builder().put(advance(partId, null, change.sequenceNumber())).build());
            items.add(TransactWriteItem.builder().conditionCheck(holds(shardId, previous)).build());
            transact(partId, null, items); // false: this part was written by an earlier try
        }
        return inOrder(ordered.subList(part * partSize, ordered.size()));
    }

    private static Map<CellKey, CellDelta> inOrder(List<Map.Entry<CellKey, CellDelta>> cells) {
        Map<CellKey, CellDelta> ordered = new LinkedHashMap<>();
        cells.forEach(cell -> ordered.put(cell.getKey(), cell.getValue()));
        return ordered;
    }

    private String storedKey(CellKey cell) {
        Key key = Keys.statsCell(cell, writeShards);
        return key.partitionKeyValue().s() + "|" + key.sortKeyValue().orElseThrow().s();
    }

    /** The stats event of each change that has one, clicks and conversions completed by their visit. */
    private Map<StreamChange, StatsEvent> completedEvents(List<StreamChange> batch, List<StreamChange> pending) {
        Map<StreamChange, StatsEvent> inBatch = new HashMap<>();
        batch.forEach(change -> StreamRecordMapper.event(change).ifPresent(event -> inBatch.put(change, event)));
        Map<String, StatsEvent.Visited> visits = new HashMap<>();
        inBatch.values().stream()
                .filter(StatsEvent.Visited.class::isInstance).map(StatsEvent.Visited.class::cast)
                .forEach(visit -> visits.put(visit.clickId(), visit));
        Map<StreamChange, StatsEvent> events = new LinkedHashMap<>();
        pending.stream().filter(inBatch::containsKey).forEach(change -> events.put(change, inBatch.get(change)));
        Set<String> missing = events.values().stream()
                .filter(event -> !(event instanceof StatsEvent.Visited))
                .map(StatsEvent::clickId)
                .filter(clickId -> !visits.containsKey(clickId))
                .collect(Collectors.toCollection(HashSet::new));
        visits.putAll(readVisits(missing));
        events.replaceAll((change, event) -> {
            StatsEvent.Visited visit = visits.get(event.clickId());
            return visit == null ? event : event.withVisit(visit);
        });
        return events;
    }

    private Map<String, StatsEvent.Visited> readVisits(Set<String> clickIds) {
        Map<String, StatsEvent.Visited> visits = new HashMap<>();
        List<String> ids = new ArrayList<>(clickIds);
        for (int from = 0; from < ids.size(); from += MAX_BATCH_GET_KEYS) {
            List<Map<String, AttributeValue>> keys = ids.subList(from, Math.min(ids.size(), from + MAX_BATCH_GET_KEYS)).stream()
                    .map(clickId -> key(Keys.visit(clickId))).toList();
            Map<String, KeysAndAttributes> request = Map.of(names.events(), KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
            while (!request.isEmpty()) {
                Map<String, KeysAndAttributes> next = request;
                BatchGetItemResponse response = client.batchGetItem(builder -> builder.requestItems(next));
                response.responses().getOrDefault(names.events(), List.of()).stream()
                        .map(StreamRecordMapper::visit)
                        .forEach(visit -> visits.put(visit.clickId(), visit));
                request = response.unprocessedKeys();
            }
        }
        return visits;
    }

    /** One transaction: the chunk's cell increments and the checkpoint advance; false when the checkpoint moved. */
    private boolean write(String shardId, String previous, String upTo, Map<CellKey, CellDelta> cells) {
        List<TransactWriteItem> items = increments(cells);
        items.add(TransactWriteItem.builder().put(advance(shardId, previous, upTo)).build());
        return transact(shardId, previous, items);
    }

    /** A transaction's items so far: each cell's increment; the caller adds its checkpoint items. */
    private List<TransactWriteItem> increments(Map<CellKey, CellDelta> cells) {
        List<TransactWriteItem> items = new ArrayList<>(cells.size() + 2);
        cells.forEach((cell, delta) -> items.add(TransactWriteItem.builder().update(increment(cell, delta)).build()));
        return items;
    }

    /** False when the transaction was cancelled because the checkpoint moved from {@code previous}. */
    private boolean transact(String shardId, String previous, List<TransactWriteItem> items) {
        try {
            transactPastConflicts(items);
            return true;
        } catch (TransactionCanceledException cancelled) {
            if (Optional.ofNullable(previous).equals(checkpoint(shardId))) {
                throw cancelled;
            }
            return false;
        }
    }

    /** Sends the transaction again, after a backoff, while only a conflict or a throttled item cancels it. */
    private void transactPastConflicts(List<TransactWriteItem> items) {
        for (int attempt = 1; ; attempt++) {
            try {
                client.transactWriteItems(request -> request.transactItems(items));
                return;
            } catch (TransactionCanceledException cancelled) {
                if (attempt >= ConflictBackoff.MAX_ATTEMPTS || !ConflictBackoff.passing(cancelled)) {
                    throw cancelled;
                }
                ConflictBackoff.pause(attempt);
            }
        }
    }

    private Put advance(String shardId, String previous, String upTo) {
        Map<String, AttributeValue> item = new HashMap<>(key(Keys.statsCheckpoint(shardId)));
        item.put(SEQUENCE, AttributeValue.fromS(upTo));
        Put.Builder put = Put.builder().tableName(names.stats()).item(item);
        if (previous == null) {
            return put.conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", OfferlineTables.PARTITION_KEY)).build();
        }
        return put.conditionExpression("#sequence = :previous")
                .expressionAttributeNames(Map.of("#sequence", SEQUENCE))
                .expressionAttributeValues(Map.of(":previous", AttributeValue.fromS(previous))).build();
    }

    private Update increment(CellKey cell, CellDelta delta) {
        Map<String, String> attributeNames = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> adds = new ArrayList<>();
        List<Map.Entry<String, String>> counters = List.copyOf(StatsCellItem.counters(delta).entrySet());
        for (int index = 0; index < counters.size(); index++) {
            attributeNames.put("#c" + index, counters.get(index).getKey());
            values.put(":c" + index, AttributeValue.fromN(counters.get(index).getValue()));
            adds.add("#c" + index + " :c" + index);
        }
        return Update.builder()
                .tableName(names.stats())
                .key(StatsWrites.key(cell, writeShards))
                .updateExpression("ADD " + String.join(", ", adds))
                .expressionAttributeNames(attributeNames)
                .expressionAttributeValues(values)
                .build();
    }

    private static Map<String, AttributeValue> key(Key key) {
        return Map.of(OfferlineTables.PARTITION_KEY, key.partitionKeyValue(), OfferlineTables.SORT_KEY, key.sortKeyValue().orElseThrow());
    }
}
