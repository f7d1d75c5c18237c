package io.offerline.core.offer;

/** The window a cap counts in: each day in the cap's time zone, or all time. */
public enum CapPeriod {
    DAILY, TOTAL
}
