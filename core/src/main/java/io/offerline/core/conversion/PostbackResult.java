package io.offerline.core.conversion;

/**
 * The outcome of a postback with the reason in words, as the sender and the log see it.
 *
 * @param accountId the account the click belongs to, or null when the click is unknown
 */
public record PostbackResult(PostbackOutcome outcome, String reason, String accountId) {

    static PostbackResult of(PostbackOutcome outcome, String reason) {
        return new PostbackResult(outcome, reason, null);
    }

    PostbackResult forAccount(String account) {
        return new PostbackResult(outcome, reason, account);
    }
}
