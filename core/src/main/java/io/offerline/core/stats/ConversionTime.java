package io.offerline.core.stats;

/** Which time places a conversion in a report: when its postback arrived, or when its visit happened. */
public enum ConversionTime {
    POSTBACK,
    VISIT
}
