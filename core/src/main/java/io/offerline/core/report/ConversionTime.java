package io.offerline.core.report;

/** Which time places a conversion in a report: when its postback arrived, or when its visit happened. */
public enum ConversionTime {
    POSTBACK,
    VISIT
}
