package io.offerline.core.conversion;

import java.util.Locale;
import java.util.Optional;

/** Where a network says a conversion stands; a declined one earns nothing. */
public enum ConversionStatus {
    APPROVED, PENDING, DECLINED;

    /** Reads a network's status word: approved, pending, declined (or rejected); empty for anything else. */
    public static Optional<ConversionStatus> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(APPROVED);
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "approved", "approve", "confirmed" -> Optional.of(APPROVED);
            case "pending", "hold" -> Optional.of(PENDING);
            case "declined", "decline", "rejected", "reversed", "chargeback" -> Optional.of(DECLINED);
            default -> Optional.empty();
        };
    }
}
