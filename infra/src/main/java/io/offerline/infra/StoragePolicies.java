package io.offerline.infra;

import io.offerline.dynamodb.StorageAccess;
import io.offerline.dynamodb.TableDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;

/**
 * The IAM statements of one function's table access, written from {@link StorageAccess} only:
 * named actions on named tables and indexes, never a wildcard, and the cap counters' key prefix
 * where a grant is limited to it.
 */
final class StoragePolicies {

    private StoragePolicies() {
    }

    static List<PolicyStatement> of(String handler, Function<TableDefinition, Table> tables) {
        List<PolicyStatement> statements = new ArrayList<>();
        for (StorageAccess.Grant grant : StorageAccess.of(handler)) {
            Table table = tables.apply(grant.table());
            List<String> resources = new ArrayList<>(List.of(table.getTableArn()));
            grant.indexes().forEach(index -> resources.add(table.getTableArn() + "/index/" + index));
            PolicyStatement.Builder statement = PolicyStatement.Builder.create()
                    .effect(Effect.ALLOW)
                    .actions(grant.actions().stream().map(action -> "dynamodb:" + action).toList())
                    .resources(resources);
            if (!grant.leadingKeys().isEmpty()) {
                // Every key the request touches must start with an allowed prefix.
                statement.conditions(Map.of("ForAllValues:StringLike",
                        Map.of("dynamodb:LeadingKeys", grant.leadingKeys().stream().map(prefix -> prefix + "*").toList())));
            }
            statements.add(statement.build());
        }
        return statements;
    }
}
