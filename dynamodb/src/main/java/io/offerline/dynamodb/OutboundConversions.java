package io.offerline.dynamodb;

import io.offerline.core.outbound.ConversionNotice;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Which changes of the events table are conversions a traffic source hears of: a conversion
 * inserted, or a conversion whose status changed. Everything else (visits, clicks, logs, removals,
 * a cap flag set) is none.
 */
public final class OutboundConversions {

    private OutboundConversions() {
    }

    public static Optional<ConversionNotice> notice(StreamChange change) {
        Map<String, AttributeValue> item = change.newImage();
        if (!DynamoConversionRepository.TYPE.equals(string(item, "type"))) {
            return Optional.empty();
        }
        boolean inserted = "INSERT".equals(change.eventName());
        boolean statusChanged = "MODIFY".equals(change.eventName())
                && !Objects.equals(string(change.oldImage(), "status"), string(item, "status"));
        if (!inserted && !statusChanged) {
            return Optional.empty();
        }
        return Optional.of(new ConversionNotice(string(item, "clickId"), string(item, "slot"), string(item, "txid"),
                string(item, "accountId"), string(item, "campaignId"), string(item, "conversionType"), string(item, "status"),
                new BigDecimal(item.get("amount").n()), Currency.getInstance(string(item, "currency")),
                Instant.parse(string(item, "convertedAt"))));
    }

    private static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }
}
