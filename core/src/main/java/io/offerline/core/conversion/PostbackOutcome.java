package io.offerline.core.conversion;

/** What became of a postback. Only ACCEPTED changes anything. */
public enum PostbackOutcome {
    ACCEPTED,
    DUPLICATE,
    UNKNOWN_CLICK,
    INVALID_PARAMETER,
    NO_EXCHANGE_RATE
}
