package io.offerline.core.conversion;

import io.offerline.core.common.Names;
import io.offerline.core.common.Violations;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of conversion an account tells apart by the postback's {@code ct} (lead, sale, upsell,
 * install...), and whether it counts as a conversion and its payout as revenue.
 *
 * @param key the value networks send as {@code ct}
 */
public record ConversionType(String accountId, String key, String name, boolean countsAsConversion, boolean countsAsRevenue) {

    /** The rule for a key, in words; a postback's {@code ct} that breaks it is refused. */
    public static final String KEY_RULE = "1 to 64 letters, digits, _ . or -";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    /** What a conversion without {@code ct}, or with one the account has not defined, counts as. */
    public static ConversionType standard(String accountId, String key) {
        return new ConversionType(accountId, key == null ? "default" : key, key == null ? "Default" : key, true, true);
    }

    /** Whether {@code key} may name a conversion type ({@link #KEY_RULE}). */
    public static boolean isKey(String key) {
        return key != null && key.length() <= 64 && KEY.matcher(key).matches();
    }

    public ConversionType {
        Objects.requireNonNull(accountId, "accountId");
        Violations violations = new Violations();
        if (!isKey(key)) {
            violations.add("key", "A conversion type key is " + KEY_RULE + ".");
        }
        name = violations.valid("name", name, Names::require);
        violations.throwIfAny();
    }
}
