package io.offerline.dynamodb;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** What a test gets from {@link DynamoDbExtension}: the engine and tables of its own. */
public record TestDynamo(String endpoint, DynamoDbClient client, TableNames tables) {

    public DynamoDbEnhancedClient enhancedClient() {
        return DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
    }

    public DocumentTables documentTables() {
        return new DocumentTables(client, tables);
    }
}
