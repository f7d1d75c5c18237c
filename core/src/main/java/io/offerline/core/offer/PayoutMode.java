package io.offerline.core.offer;

/** AUTO takes the payout from the postback; MANUAL falls back to the offer's own values. */
public enum PayoutMode {
    AUTO, MANUAL
}
