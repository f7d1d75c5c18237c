package io.offerline.core.offer;

/**
 * The placeholders an affiliate network fills into a postback URL (e.g. {@code {aff_sub}},
 * CAKE's {@code #s2#}); each is null where the network has none.
 */
public record NetworkMacros(String clickId, String payout, String txid) {
}
