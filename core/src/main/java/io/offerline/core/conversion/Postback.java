package io.offerline.core.conversion;

/** A conversion report as received: every value is the raw text the sender passed, or null. */
public record Postback(String clickId, String payout, String txid, String currency) {
}
