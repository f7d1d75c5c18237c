package io.offerline.dynamodb;

import io.offerline.core.cost.CostSpread;
import io.offerline.core.cost.CostUpdate;
import io.offerline.core.stats.Cell;
import io.offerline.core.stats.CellDelta;
import io.offerline.core.stats.CellKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The cell changes of a cost update: the cells of its workspace and range, read strongly
 * consistently (an update spread over several transactions is worked out again from what the
 * earlier ones wrote when its batch is retried), spread by {@link CostSpread}. One Query per UTC
 * day of the range, like a report.
 */
final class CostUpdateCells {

    private final DynamoDbClient client;
    private final TableNames names;

    CostUpdateCells(DynamoDbClient client, TableNames names) {
        this.client = client;
        this.names = names;
    }

    Map<CellKey, CellDelta> changes(CostUpdate update) {
        return CostSpread.changes(update, cells(update.workspaceId(), update.start(), update.end()));
    }

    private List<Cell> cells(String workspaceId, Instant from, Instant to) {
        List<Cell> cells = new ArrayList<>();
        for (LocalDate day = utcDay(from); !day.isAfter(utcDay(to.minusSeconds(1))); day = day.plusDays(1)) {
            LocalDate partition = day;
            client.queryPaginator(request -> request
                            .tableName(names.stats())
                            .consistentRead(true)
                            .keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :to")
                            .expressionAttributeNames(Map.of("#pk", OfferlineTables.PARTITION_KEY, "#sk", OfferlineTables.SORT_KEY))
                            .expressionAttributeValues(Map.of(
                                    ":pk", AttributeValue.fromS(Keys.statsDay(workspaceId, partition)),
                                    ":from", AttributeValue.fromS(from.toString()),
                                    ":to", AttributeValue.fromS(to.toString()))))
                    .items().forEach(item -> cells.add(StatsCellItem.cell(item)));
        }
        return cells;
    }

    private static LocalDate utcDay(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
