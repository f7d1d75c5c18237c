package io.offerline.dynamodb;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.document.DocumentTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;

/**
 * The tables as enhanced-client document tables. Items are mapped by one mapper per aggregate
 * instead of bean classes: document schemas need no reflection, which keeps cold starts short.
 */
public final class DocumentTables {

    private final DynamoDbTable<EnhancedDocument> config;
    private final DynamoDbTable<EnhancedDocument> events;

    public DocumentTables(DynamoDbEnhancedClient client, TableNames names) {
        this.config = client.table(names.config(), schema(OfferlineTables.CONFIG));
        this.events = client.table(names.events(), schema(OfferlineTables.EVENTS));
    }

    public DynamoDbTable<EnhancedDocument> config() {
        return config;
    }

    public DynamoDbTable<EnhancedDocument> events() {
        return events;
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
