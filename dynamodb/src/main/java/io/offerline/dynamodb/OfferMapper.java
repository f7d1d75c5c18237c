package io.offerline.dynamodb;

import io.offerline.core.offer.Offer;
import io.offerline.core.offer.Payout;
import io.offerline.core.offer.PayoutMode;
import java.util.Currency;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;

/** The offer item: one document per offer, indexed under its workspace. */
final class OfferMapper {

    private OfferMapper() {
    }

    static EnhancedDocument document(Offer offer) {
        return Documents.withKey(Keys.offer(offer.id()))
                .putString(OfferlineTables.GSI1_PARTITION_KEY, Keys.offersOf(offer.workspaceId()))
                .putString(OfferlineTables.GSI1_SORT_KEY, offer.createdAt() + "#" + offer.id())
                .putString("id", offer.id())
                .putString("accountId", offer.accountId())
                .putString("workspaceId", offer.workspaceId())
                .putString("name", offer.name())
                .putString("url", offer.url())
                .putString("payoutMode", offer.payout().mode().name())
                .putNumber("payoutDefault", offer.payout().defaultValue())
                .putString("payoutCurrency", offer.payout().currency().getCurrencyCode())
                .putNumber("version", offer.version())
                .putString("createdAt", offer.createdAt().toString())
                .putString("updatedAt", offer.updatedAt().toString())
                .build();
    }

    static Offer offer(EnhancedDocument document) {
        Payout payout = new Payout(PayoutMode.valueOf(document.getString("payoutMode")),
                Documents.decimal(document, "payoutDefault"), Currency.getInstance(document.getString("payoutCurrency")));
        return new Offer(document.getString("id"), document.getString("accountId"), document.getString("workspaceId"),
                document.getString("name"), document.getString("url"), payout, document.getNumber("version").longValue(),
                Documents.instant(document, "createdAt"), Documents.instant(document, "updatedAt"));
    }
}
