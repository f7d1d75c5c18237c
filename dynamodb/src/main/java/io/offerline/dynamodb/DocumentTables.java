package io.offerline.dynamodb;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.document.DocumentTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The tables as enhanced-client document tables. Items are mapped by one mapper per aggregate
 * instead of bean classes: document schemas need no reflection, which keeps cold starts short.
 */
public final class DocumentTables {

    private final DynamoDbClient client;
    private final TableNames names;
    private final DynamoDbTable<EnhancedDocument> config;
    private final DynamoDbTable<EnhancedDocument> events;

    public DocumentTables(DynamoDbClient client, TableNames names) {
        this(client, DynamoDbEnhancedClient.builder().dynamoDbClient(client).build(), names);
    }

    /** {@code enhanced} is built on {@code client}, which also sends the writes that a hot path builds itself. */
    public DocumentTables(DynamoDbClient client, DynamoDbEnhancedClient enhanced, TableNames names) {
        this.client = client;
        this.names = names;
        this.config = enhanced.table(names.config(), schema(OfferlineTables.CONFIG));
        this.events = enhanced.table(names.events(), schema(OfferlineTables.EVENTS));
    }

    public DynamoDbTable<EnhancedDocument> config() {
        return config;
    }

    public DynamoDbTable<EnhancedDocument> events() {
        return events;
    }

    DynamoDbClient client() {
        return client;
    }

    TableNames names() {
        return names;
    }

    private static DocumentTableSchema schema(TableDefinition definition) {
        DocumentTableSchema.Builder schema = DocumentTableSchema.builder()
                .attributeConverterProviders(AttributeConverterProvider.defaultProvider())
                .addIndexPartitionKey(TableMetadata.primaryIndexName(), definition.partitionKey(), AttributeValueType.S)
                .addIndexSortKey(TableMetadata.primaryIndexName(), definition.sortKey(), AttributeValueType.S);
        for (TableDefinition.GlobalIndex index : definition.globalIndexes()) {
            schema.addIndexPartitionKey(index.name(), index.partitionKey(), AttributeValueType.S)
                    .addIndexSortKey(index.name(), index.sortKey(), AttributeValueType.S);
        }
        return schema.build();
    }
}
