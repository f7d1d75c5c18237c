package io.offerline.core.outbound;

import io.offerline.core.common.Money;
import io.offerline.core.tracking.Visit;
import io.offerline.core.trafficsource.PostbackMacro;
import io.offerline.core.trafficsource.SourcePostback;
import io.offerline.core.trafficsource.SourcePostbackUrl;
import io.offerline.core.trafficsource.TrafficSource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Which conversions a traffic source's postback is sent for, and the delivery each becomes: its
 * type and status are ones the postback covers, and it falls in the {@code sendPercent} sample.
 * The sample and the idempotency key are hashes of the conversion, so every replay of the stream
 * decides the same way and makes the same key.
 */
final class SourcePostbacks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int KEY_LENGTH = 22;

    private SourcePostbacks() {
    }

    static Optional<OutboundDelivery> delivery(ConversionNotice conversion, Visit visit, TrafficSource source) {
        SourcePostback postback = source.postback();
        if (postback == null || !postback.covers(conversion.type(), conversion.status())) {
            return Optional.empty();
        }
        if (!sampled(conversion, postback.sendPercent())) {
            return Optional.empty();
        }
        String url = SourcePostbackUrl.fill(postback.url(), name -> value(name, conversion, visit, postback));
        return Optional.of(new OutboundDelivery(key(conversion, "source/" + source.id()), conversion.accountId(), source.id(),
                conversion.clickId(), conversion.txid(), url, conversion.convertedAt(), 1));
    }

    /** Whether the conversion is one of the {@code percent} sent: the same answer for every status of one conversion. */
    static boolean sampled(ConversionNotice conversion, int percent) {
        byte[] hash = sha256(conversion.clickId() + "/" + conversion.slot());
        int bucket = Math.floorMod(((hash[0] & 0xff) << 24) | ((hash[1] & 0xff) << 16) | ((hash[2] & 0xff) << 8) | (hash[3] & 0xff), 100);
        return bucket < percent;
    }

    /** The idempotency key of the conversion's delivery to {@code destination}: the same on every replay. */
    static String key(ConversionNotice conversion, String destination) {
        byte[] hash = sha256(String.join("/", conversion.clickId(), conversion.slot(), conversion.status(), destination));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16)).substring(0, KEY_LENGTH);
    }

    private static String value(String name, ConversionNotice conversion, Visit visit, SourcePostback postback) {
        Optional<Integer> trackingField = PostbackMacro.trackingFieldIndex(name);
        if (trackingField.isPresent()) {
            List<String> fields = visit.trackingFields();
            return trackingField.get() < fields.size() ? fields.get(trackingField.get()) : null;
        }
        return switch (PostbackMacro.byName(name).orElseThrow()) {
            case EXTERNAL_ID -> visit.externalId();
            case CLICK_ID -> conversion.clickId();
            case PAYOUT -> payout(conversion.amount(), postback.payoutPercent()).toPlainString();
            case CURRENCY -> conversion.currency().getCurrencyCode();
            case TXID -> conversion.txid();
            case CONVERSION_TYPE -> conversion.type();
            case STATUS -> conversion.status();
            case TRACKING_FIELD -> null;
        };
    }

    static BigDecimal payout(BigDecimal amount, BigDecimal percent) {
        return Money.shown(Money.stored(amount.multiply(percent).divide(HUNDRED)));
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
