package io.offerline.dynamodb;

import io.offerline.core.stats.Cell;
import io.offerline.core.stats.StatsCells;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads stats cells back: one Query per workspace and UTC day. A cell's sort key starts with its
 * bucket, and a bucket followed by {@code #…} sorts after the bare bucket, so
 * {@code BETWEEN from AND to} holds exactly the buckets in {@code [from, to)}.
 */
public final class DynamoStatsCells implements StatsCells {

    private final DynamoDbClient client;
    private final TableNames names;

    public DynamoStatsCells(DynamoDbClient client, TableNames names) {
        this.client = client;
        this.names = names;
    }

    @Override
    public List<Cell> cells(String workspaceId, Instant from, Instant to) {
        List<Cell> cells = new ArrayList<>();
        for (LocalDate day = utcDay(from); from.isBefore(to) && !day.isAfter(utcDay(to.minusSeconds(1))); day = day.plusDays(1)) {
            cells.addAll(cellsOfDay(workspaceId, day, from, to));
        }
        return cells;
    }

    private List<Cell> cellsOfDay(String workspaceId, LocalDate day, Instant from, Instant to) {
        return client.queryPaginator(request -> request
                        .tableName(names.stats())
                        .keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :to")
                        .expressionAttributeNames(Map.of("#pk", OfferlineTables.PARTITION_KEY, "#sk", OfferlineTables.SORT_KEY))
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS(Keys.statsDay(workspaceId, day)),
                                ":from", AttributeValue.fromS(from.toString()),
                                ":to", AttributeValue.fromS(to.toString()))))
                .items().stream()
                .map(StatsCellItem::cell)
                .toList();
    }

    private static LocalDate utcDay(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
