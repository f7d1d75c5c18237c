package io.offerline.admin;

import io.offerline.dynamodb.OfferlineTables;
import io.offerline.dynamodb.TableDefinition;
import io.offerline.dynamodb.TableNames;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The tables of a deployed stack. The stack gives its tables no physical names (see
 * {@code OfferlineStack}), so CloudFormation names them {@code <stack>-<Name>Table<hash>-<suffix>}
 * (such as {@code Offerline-ConfigTableA1B2C3D4-1XYZ}); they are found by that start.
 */
final class StackTables {

    private final DynamoDbClient client;

    StackTables(DynamoDbClient client) {
        this.client = client;
    }

    TableNames of(String stack) {
        List<String> names = client.listTablesPaginator().tableNames().stream().toList();
        return new TableNames(find(names, stack, OfferlineTables.CONFIG), find(names, stack, OfferlineTables.EVENTS),
                find(names, stack, OfferlineTables.STATS));
    }

    private static String find(List<String> names, String stack, TableDefinition definition) {
        String start = stack + "-" + Character.toUpperCase(definition.name().charAt(0)) + definition.name().substring(1) + "Table";
        List<String> found = names.stream().filter(name -> name.startsWith(start)).toList();
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            throw new UsageException("No table of the stack " + stack + " in this account and region (none starts with " + start
                    + "): check AWS_REGION and --stack, or name the tables with --config-table and --events-table.");
        }
        throw new UsageException("Several tables start with " + start + " (" + String.join(", ", found)
                + "), such as one kept from a deleted stack: name the tables with --config-table and --events-table.");
    }
}
