package io.offerline.core.stats;

/**
 * A dimension of many values (a zone may have 100,000), which the stats keep in cell families of
 * their own rather than in the main cells: one family per detail, and per campaign for the
 * traffic source's tracking fields, whose meaning depends on the source. See {@link CellLayout}.
 */
public enum Detail {
    TRACKING_FIELD_1, TRACKING_FIELD_2, TRACKING_FIELD_3, TRACKING_FIELD_4, TRACKING_FIELD_5,
    TRACKING_FIELD_6, TRACKING_FIELD_7, TRACKING_FIELD_8, TRACKING_FIELD_9, TRACKING_FIELD_10,
    TRACKING_FIELD_11, TRACKING_FIELD_12, TRACKING_FIELD_13, TRACKING_FIELD_14, TRACKING_FIELD_15,
    TRACKING_FIELD_16, TRACKING_FIELD_17, TRACKING_FIELD_18, TRACKING_FIELD_19, TRACKING_FIELD_20,
    KEYWORD,
    REFERRER_DOMAIN,
    /** The organisation of the visitor's network (autonomous system): a workspace has a few thousand. */
    ISP,
    /** The visitor's region, from the optional city database. */
    REGION,
    /** The visitor's city, from the optional city database. */
    CITY;

    /** The tracking field at {@code position} (from 1). */
    public static Detail trackingField(int position) {
        return values()[position - 1];
    }

    /** Whether this is a traffic source's tracking field, whose cells are kept per campaign. */
    public boolean isTrackingField() {
        return ordinal() < KEYWORD.ordinal();
    }

    /** The position (from 1) of a tracking field in its traffic source's list. */
    public int position() {
        if (!isTrackingField()) {
            throw new IllegalStateException(this + " is not a tracking field");
        }
        return ordinal() + 1;
    }

    /** The short tag of this detail in cell keys: {@code TF1} … {@code TF20}, {@code KW}, {@code REF}, {@code ISP}, {@code RGN}, {@code CITY}. */
    public String tag() {
        return switch (this) {
            case KEYWORD -> "KW";
            case REFERRER_DOMAIN -> "REF";
            case ISP -> "ISP";
            case REGION -> "RGN";
            case CITY -> "CITY";
            default -> "TF" + position();
        };
    }

    /** The detail whose {@link #tag()} is {@code tag}. */
    public static Detail ofTag(String tag) {
        for (Detail detail : values()) {
            if (detail.tag().equals(tag)) {
                return detail;
            }
        }
        throw new IllegalArgumentException("no detail tagged " + tag);
    }
}
