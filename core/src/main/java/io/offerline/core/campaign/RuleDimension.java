package io.offerline.core.campaign;

/** What a path rule looks at: the visitor as detected, the referrer's domain, or a tracking field's value. */
public enum RuleDimension {
    COUNTRY, DEVICE_TYPE, OS, BROWSER, LANGUAGE,
    /** The organisation of the visitor's network, as the ASN table names it. */
    ISP,
    /** {@code MOBILE}, {@code HOSTING} or {@code OTHER}. */
    CONNECTION_TYPE,
    /** Region and city: only with a configured city database. */
    REGION, CITY,
    /** The referrer's host, e.g. {@code news.example}. */
    REFERRER_DOMAIN,
    TRACKING_FIELD_1, TRACKING_FIELD_2, TRACKING_FIELD_3, TRACKING_FIELD_4, TRACKING_FIELD_5,
    TRACKING_FIELD_6, TRACKING_FIELD_7, TRACKING_FIELD_8, TRACKING_FIELD_9, TRACKING_FIELD_10,
    TRACKING_FIELD_11, TRACKING_FIELD_12, TRACKING_FIELD_13, TRACKING_FIELD_14, TRACKING_FIELD_15,
    TRACKING_FIELD_16, TRACKING_FIELD_17, TRACKING_FIELD_18, TRACKING_FIELD_19, TRACKING_FIELD_20;

    /** The tracking field's position (from 1), or 0 for the other dimensions. */
    public int trackingFieldPosition() {
        return ordinal() < TRACKING_FIELD_1.ordinal() ? 0 : ordinal() - TRACKING_FIELD_1.ordinal() + 1;
    }
}
