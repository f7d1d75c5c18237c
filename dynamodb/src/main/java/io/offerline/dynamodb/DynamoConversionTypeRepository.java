package io.offerline.dynamodb;

import io.offerline.core.conversion.ConversionType;
import io.offerline.core.conversion.ConversionTypeRepository;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;

/** Conversion types in the config table, under their account. */
public final class DynamoConversionTypeRepository implements ConversionTypeRepository {

    private final DocumentTables tables;

    public DynamoConversionTypeRepository(DocumentTables tables) {
        this.tables = tables;
    }

    @Override
    public void save(ConversionType type) {
        tables.config().putItem(Documents.withKey(Keys.conversionType(type.accountId(), type.key()))
                .putString("accountId", type.accountId())
                .putString("key", type.key())
                .putString("name", type.name())
                .putBoolean("countsAsConversion", type.countsAsConversion())
                .putBoolean("countsAsRevenue", type.countsAsRevenue())
                .build());
    }

    @Override
    public List<ConversionType> list(String accountId) {
        QueryConditional types = QueryConditional.sortBeginsWith(Key.builder()
                .partitionValue(Keys.accountItems(accountId)).sortValue(Keys.CONVERSION_TYPE_PREFIX).build());
        return tables.config().query(request -> request.queryConditional(types)).items().stream()
                .map(item -> new ConversionType(item.getString("accountId"), item.getString("key"), item.getString("name"),
                        item.getBoolean("countsAsConversion"), item.getBoolean("countsAsRevenue")))
                .toList();
    }
}
