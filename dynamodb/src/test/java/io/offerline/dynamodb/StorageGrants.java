package io.offerline.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.http.HttpRoutes;
import io.offerline.testkit.StorageCalls;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the functions' real storage calls against {@link StorageAccess}, the list the stack's
 * IAM policies are made of: a call outside it would be refused on AWS.
 */
public final class StorageGrants {

    /** The GraphQL function's handler delegates every request to this class, which the tests call directly. */
    private static final String GRAPHQL_ENTRY = "io.offerline.api.GraphQLHttp";

    private StorageGrants() {
    }

    /** A recorder that attributes each call to the function whose handler (or the API's entry class) is on the stack. */
    public static StorageCalls recorder() {
        Map<String, String> entries = new HashMap<>();
        StorageAccess.handlers().forEach(handler -> entries.put(handler, handler));
        entries.put(GRAPHQL_ENTRY, HttpRoutes.GRAPHQL_HANDLER);
        return new StorageCalls(entries);
    }

    /** Fails, naming each one, when a recorded call is outside its function's grants. */
    public static void assertAllowed(StorageCalls calls, TableNames names) {
        List<String> refused = calls.drain().stream()
                .filter(call -> !allowed(call, names))
                .map(call -> call.function().substring(call.function().lastIndexOf('.') + 1) + ": " + call.action() + " on "
                        + call.table() + (call.index() == null ? "" : "/index/" + call.index())
                        + (call.partitionKey() == null ? "" : " (" + call.partitionKey() + ")"))
                .distinct()
                .toList();
        assertThat(refused).as("storage calls that the stack's IAM policies do not allow (io.offerline.dynamodb.StorageAccess)")
                .isEmpty();
    }

    private static boolean allowed(StorageCalls.StorageCall call, TableNames names) {
        Optional<TableDefinition> table = OfferlineTables.ALL.stream().filter(definition -> names.of(definition).equals(call.table())).findFirst();
        return table.isPresent() && StorageAccess.of(call.function()).stream()
                .anyMatch(grant -> grant.allows(call.action(), table.get(), call.index(), call.partitionKey()));
    }
}
