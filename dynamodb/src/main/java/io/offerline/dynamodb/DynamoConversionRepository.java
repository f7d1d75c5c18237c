package io.offerline.dynamodb;

import io.offerline.core.conversion.Conversion;
import io.offerline.core.conversion.ConversionRepository;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Conversions in the events table, beside their click. The item key is click id plus txid, so
 * the create-once condition is the duplicate check: one conditional write, no read.
 */
public final class DynamoConversionRepository implements ConversionRepository {

    static final String TYPE = "CONVERSION";

    private final DocumentTables tables;

    public DynamoConversionRepository(DocumentTables tables) {
        this.tables = tables;
    }

    @Override
    public boolean recordOnce(Conversion conversion) {
        try {
            tables.events().putItem(Documents.createOnce(document(conversion)));
            return true;
        } catch (ConditionalCheckFailedException duplicate) {
            return false;
        }
    }

    private static EnhancedDocument document(Conversion conversion) {
        EnhancedDocument.Builder builder = Documents.withKey(Keys.conversion(conversion.clickId(), conversion.txid()))
                .putString(OfferlineTables.GSI1_PARTITION_KEY, Keys.eventsOfOffer(conversion.offerId()))
                .putString(OfferlineTables.GSI1_SORT_KEY, Keys.eventTime(conversion.convertedAt(), conversion.clickId()))
                .putString("type", TYPE)
                .putString("clickId", conversion.clickId())
                .putString("accountId", conversion.accountId())
                .putString("workspaceId", conversion.workspaceId())
                .putString("campaignId", conversion.campaignId())
                .putString("offerId", conversion.offerId())
                .putNumber("amount", conversion.amount())
                .putString("currency", conversion.currency().getCurrencyCode())
                .putNumber("revenue", conversion.revenue())
                .putString("convertedAt", conversion.convertedAt().toString())
                .putNumber(OfferlineTables.EXPIRES_AT, conversion.expiresAt().getEpochSecond());
        Documents.putOptional(builder, "txid", conversion.txid());
        return builder.build();
    }
}
