package io.offerline.core.offer;

/** What a cap counts. */
public enum CapMetric {
    CONVERSIONS, CLICKS
}
