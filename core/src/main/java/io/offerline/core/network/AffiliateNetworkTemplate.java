package io.offerline.core.network;

import java.util.Objects;

/**
 * A known network's conventions. {@code clickIdParam}, {@code payoutParam} and
 * {@code txidParam} are the network's own names for the click id (the sub id the offer URL hands
 * it), the payout and the transaction id; the macros are the placeholders the network fills in
 * when it calls a postback URL. The blank {@code custom} template has none of them.
 */
public record AffiliateNetworkTemplate(
        String key,
        String name,
        String clickIdParam,
        String payoutParam,
        String txidParam,
        String clickIdMacro,
        String payoutMacro,
        String txidMacro) {

    public AffiliateNetworkTemplate {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }
}
