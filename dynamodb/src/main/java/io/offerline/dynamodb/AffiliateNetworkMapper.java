package io.offerline.dynamodb;

import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.network.IpRange;
import io.offerline.core.network.PostbackSecret;
import java.util.Currency;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;

/**
 * The affiliate network item: one document per network, indexed under its workspace by
 * creation time. {@code nameLower} exists only for the case-insensitive name search.
 */
final class AffiliateNetworkMapper {

    private static final EnhancedType<String> STRING = EnhancedType.of(String.class);

    private AffiliateNetworkMapper() {
    }

    static EnhancedDocument document(AffiliateNetwork network) {
        EnhancedDocument.Builder builder = EntityItems.builder(network, Keys.network(network.id()), Keys.networksOf(network.workspaceId()))
                .putBoolean("acceptDuplicatePostbacks", network.acceptDuplicatePostbacks())
                .putNumber("attributionWindowDays", network.attributionWindowDays())
                .putList("postbackIpAllowlist", network.postbackIpAllowlist().stream().map(IpRange::toString).toList(), STRING);
        Documents.putOptional(builder, "templateKey", network.templateKey());
        Documents.putOptional(builder, "clickIdParam", network.clickIdParam());
        Documents.putOptional(builder, "payoutParam", network.payoutParam());
        Documents.putOptional(builder, "txidParam", network.txidParam());
        Documents.putOptional(builder, "currency", network.currency() == null ? null : network.currency().getCurrencyCode());
        // The value itself, not a hash: the postback check needs it and compares in constant time (PostbackSecret.matches).
        Documents.putOptional(builder, "postbackSecret", network.hasPostbackSecret() ? network.postbackSecret().value() : null);
        Documents.putOptional(builder, "notes", network.notes());
        return builder.build();
    }

    static AffiliateNetwork network(EnhancedDocument document) {
        String currency = document.getString("currency");
        String secret = document.getString("postbackSecret");
        List<IpRange> allowlist = document.getList("postbackIpAllowlist", STRING).stream()
                .map(entry -> IpRange.parse("postbackIpAllowlist", entry))
                .toList();
        return new AffiliateNetwork(document.getString("id"), document.getString("accountId"), document.getString("workspaceId"),
                document.getString("templateKey"), document.getString("name"), document.getString("clickIdParam"),
                document.getString("payoutParam"), document.getString("txidParam"),
                currency == null ? null : Currency.getInstance(currency), document.getBoolean("acceptDuplicatePostbacks"),
                document.isPresent("attributionWindowDays") ? document.getNumber("attributionWindowDays").intValue()
                        : AffiliateNetwork.DEFAULT_ATTRIBUTION_WINDOW_DAYS,
                allowlist, secret == null ? null : new PostbackSecret(secret), document.getString("notes"),
                document.getBoolean(EntityItems.ARCHIVED), document.getNumber("version").longValue(),
                Documents.instant(document, "createdAt"), Documents.instant(document, "updatedAt"));
    }
}
