package io.offerline.core.conversion;

/** The outcome of a postback with the reason in words, as the sender and the log see it. */
public record PostbackResult(PostbackOutcome outcome, String reason) {
}
