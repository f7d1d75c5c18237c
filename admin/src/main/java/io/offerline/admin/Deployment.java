package io.offerline.admin;

import io.offerline.dynamodb.DynamoClients;
import io.offerline.dynamodb.TableNames;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Which engine and tables a command works on. {@code --endpoint} (or {@code DYNAMODB_ENDPOINT})
 * is a local engine, whose tables are named by {@code --table-prefix} (the local stack's
 * {@code offerline-} by default). Without an endpoint it is DynamoDB on AWS, with the SDK's
 * default credentials and region (environment, profile, SSO...), and the tables of the CDK
 * stack {@code --stack} (default {@code Offerline}), unless {@code --table-prefix} or
 * {@code --config-table} and {@code --events-table} (and {@code --stats-table}) name them.
 */
record Deployment(DynamoDbClient client, TableNames tables) implements AutoCloseable {

    static final String LOCAL_PREFIX = "offerline-";
    static final String DEFAULT_STACK = "Offerline";

    static Deployment from(AdminArguments arguments, Map<String, String> environment) {
        Optional<String> endpoint = endpoint(arguments, environment);
        DynamoDbClient client = endpoint.map(DynamoClients::forEndpoint).orElseGet(Deployment::aws);
        try {
            return new Deployment(client, tables(arguments, client, endpoint.isPresent()));
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    /** The local engine's endpoint, if the command works on one. */
    static Optional<String> endpoint(AdminArguments arguments, Map<String, String> environment) {
        return arguments.option("endpoint")
                .or(() -> Optional.ofNullable(environment.get("DYNAMODB_ENDPOINT")).filter(value -> !value.isBlank()));
    }

    private static DynamoDbClient aws() {
        try {
            return DynamoClients.forAws();
        } catch (SdkClientException noRegion) {
            // The one setting the SDK cannot default: credentials are only looked up on the first call.
            throw new UsageException("No AWS region: set AWS_REGION (or a region in your AWS profile), or give --endpoint for a local engine.");
        }
    }

    private static TableNames tables(AdminArguments arguments, DynamoDbClient client, boolean local) {
        Optional<String> config = arguments.option("config-table");
        Optional<String> events = arguments.option("events-table");
        if (config.isPresent() || events.isPresent()) {
            // Only replay-failed-stats writes stats, so the stats table needs a name only for it.
            return new TableNames(config.orElseThrow(() -> new UsageException("--events-table needs --config-table too.")),
                    events.orElseThrow(() -> new UsageException("--config-table needs --events-table too.")),
                    arguments.option("stats-table").orElse(""));
        }
        Optional<String> prefix = arguments.option("table-prefix");
        if (prefix.isPresent() || local) {
            return TableNames.withPrefix(prefix.orElse(LOCAL_PREFIX));
        }
        return new StackTables(client).of(arguments.option("stack").orElse(DEFAULT_STACK));
    }

    @Override
    public void close() {
        client.close();
    }
}
