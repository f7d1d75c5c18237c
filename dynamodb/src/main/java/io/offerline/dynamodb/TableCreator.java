package io.offerline.dynamodb;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** Creates the tables from {@link OfferlineTables} where no CloudFormation does: tests and the local stack. */
public final class TableCreator {

    private final DynamoDbClient client;

    public TableCreator(DynamoDbClient client) {
        this.client = client;
    }

    /** Creates every table that does not exist yet and waits until each is active. */
    public void createAll(TableNames names) {
        for (TableDefinition definition : OfferlineTables.ALL) {
            create(names.of(definition), definition);
        }
    }

    private void create(String tableName, TableDefinition definition) {
        try {
            client.createTable(request(tableName, definition));
        } catch (ResourceInUseException alreadyThere) {
            return;
        }
        client.waiter().waitUntilTableExists(builder -> builder.tableName(tableName));
        definition.ttl().ifPresent(attribute -> client.updateTimeToLive(builder -> builder
                .tableName(tableName)
                .timeToLiveSpecification(ttl -> ttl.attributeName(attribute).enabled(true))));
    }

    private static CreateTableRequest request(String tableName, TableDefinition definition) {
        Set<String> keyAttributes = new LinkedHashSet<>(List.of(definition.partitionKey(), definition.sortKey()));
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (TableDefinition.GlobalIndex index : definition.globalIndexes()) {
            keyAttributes.add(index.partitionKey());
            keyAttributes.add(index.sortKey());
            indexes.add(GlobalSecondaryIndex.builder()
                    .indexName(index.name())
                    .keySchema(keySchema(index.partitionKey(), index.sortKey()))
                    .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                    .build());
        }
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(keySchema(definition.partitionKey(), definition.sortKey()))
                .attributeDefinitions(keyAttributes.stream()
                        .map(name -> AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build())
                        .toList());
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(indexes);
        }
        if (definition.stream()) {
            request.streamSpecification(StreamSpecification.builder()
                    .streamEnabled(true)
                    .streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)
                    .build());
        }
        return request.build();
    }

    private static List<KeySchemaElement> keySchema(String partitionKey, String sortKey) {
        return List.of(
                KeySchemaElement.builder().attributeName(partitionKey).keyType(KeyType.HASH).build(),
                KeySchemaElement.builder().attributeName(sortKey).keyType(KeyType.RANGE).build());
    }
}
