package io.offerline.dynamodb;

import io.offerline.core.cost.CostSpread;
import io.offerline.core.cost.CostUpdate;
import io.offerline.core.stats.Cell;
import io.offerline.core.stats.CellDelta;
import io.offerline.core.stats.CellKey;
import io.offerline.core.stats.CellLayout;
import io.offerline.core.stats.Detail;
import io.offerline.core.stats.Grain;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The cell changes of a cost update: the quarter-hour cells of its workspace and range, of the
 * main family and of each detail family (the update's campaign's, for tracking fields), read
 * strongly consistently, because an update written in several transactions is worked out again
 * from what the earlier ones wrote when its batch is retried; spread by {@link CostSpread}, and
 * each change rolled up to the hours, days and months {@link CellLayout} keeps. One Query per
 * family and UTC day of the range; a filter on a detail reads the main cells and that family only.
 */
final class CostUpdateCells {

    private final DynamoDbClient client;
    private final TableNames names;
    private final StatsWriteShards writeShards;

    CostUpdateCells(DynamoDbClient client, TableNames names, StatsWriteShards writeShards) {
        this.client = client;
        this.names = names;
        this.writeShards = writeShards;
    }

    /** The update's changes of stored cells (roll-ups included), in units each to be written in one transaction. */
    List<Map<CellKey, CellDelta>> changes(CostUpdate update) {
        Map<Detail, List<Cell>> details = new EnumMap<>(Detail.class);
        Detail filtered = update.filters().stream().map(filter -> filter.dimension().detail()).filter(Objects::nonNull).findFirst().orElse(null);
        for (Detail detail : filtered == null ? List.of(Detail.values()) : List.of(filtered)) {
            details.put(detail, cells(update, detail));
        }
        return CostSpread.changes(update, cells(update, null), details).stream().map(CostUpdateCells::rolledUp).toList();
    }

    /** Quarter-hour changes with the same change on each roll-up of their cells. */
    private static Map<CellKey, CellDelta> rolledUp(Map<CellKey, CellDelta> quarters) {
        Map<CellKey, CellDelta> cells = new LinkedHashMap<>();
        quarters.forEach((key, delta) -> CellLayout.grainsOf(key.family())
                .forEach(grain -> cells.merge(key.rolledUpTo(grain), delta, CellDelta::plus)));
        return cells;
    }

    private List<Cell> cells(CostUpdate update, Detail family) {
        List<Cell> cells = new ArrayList<>();
        for (Instant from = update.start(); from.isBefore(update.end()); from = Grain.QUARTER.nextPartition(from)) {
            Instant start = from;
            for (String partition : StatsCellKeys.partitions(update.workspaceId(), family, update.campaignId(), Grain.QUARTER, from,
                    writeShards)) {
                client.queryPaginator(request -> request
                                .tableName(names.stats())
                                .consistentRead(true)
                                .keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :to")
                                .expressionAttributeNames(Map.of("#pk", OfferlineTables.PARTITION_KEY, "#sk", OfferlineTables.SORT_KEY))
                                .expressionAttributeValues(Map.of(
                                        ":pk", AttributeValue.fromS(partition),
                                        ":from", AttributeValue.fromS(start.toString()),
                                        ":to", AttributeValue.fromS(update.end().toString()))))
                        .items().forEach(item -> cells.add(StatsCellItem.cell(item)));
            }
        }
        return cells;
    }
}
