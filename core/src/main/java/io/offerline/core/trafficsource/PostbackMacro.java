package io.offerline.core.trafficsource;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A macro of a traffic source's postback URL, e.g. {@code {external_id}}: what Offerline fills in
 * when it tells the source about a conversion. The tracking fields are {@code {trackingField1}} to
 * {@code {trackingField20}}, as in campaign URLs.
 */
public enum PostbackMacro {
    EXTERNAL_ID("external_id", "the source's own click id, captured on the visit"),
    CLICK_ID("click_id", "Offerline's click id"),
    PAYOUT("payout", "the payout, scaled by payoutPercent"),
    CURRENCY("currency", "the payout's ISO 4217 code"),
    TXID("txid", "the network's transaction id"),
    CONVERSION_TYPE("conversion_type", "the conversion type (ct)"),
    STATUS("status", "APPROVED, PENDING or DECLINED"),
    TRACKING_FIELD("trackingField", "a tracking field of the visit, {trackingField1} to {trackingField20}");

    private static final Pattern TRACKING_FIELD_NAME = Pattern.compile("trackingField([1-9][0-9]?)");

    private final String name;
    private final String description;

    PostbackMacro(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The macro written as {@code {name}}; for the tracking fields, the first one. */
    public String placeholder() {
        return this == TRACKING_FIELD ? "{trackingField1}" : "{" + name + "}";
    }

    /** The macro {@code name} stands for (without braces), if any. */
    public static Optional<PostbackMacro> byName(String name) {
        if (trackingFieldIndex(name).isPresent()) {
            return Optional.of(TRACKING_FIELD);
        }
        return Arrays.stream(values()).filter(macro -> macro != TRACKING_FIELD && macro.name.equals(name)).findFirst();
    }

    /** The position (from 0) of a tracking field macro's name such as {@code trackingField3}; empty for other names. */
    public static Optional<Integer> trackingFieldIndex(String name) {
        Matcher matcher = TRACKING_FIELD_NAME.matcher(name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(matcher.group(1));
        return number <= TrafficSource.MAX_TRACKING_FIELDS ? Optional.of(number - 1) : Optional.empty();
    }
}
