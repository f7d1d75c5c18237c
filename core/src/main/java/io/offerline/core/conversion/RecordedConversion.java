package io.offerline.core.conversion;

import java.util.Objects;

/**
 * A stored conversion with a txid, as a later status change finds it: without its visit, which
 * may have expired, but with what the change needs (whose it is, and the network whose rules a
 * postback must pass).
 *
 * @param networkId the offer's affiliate network when it converted, or null
 */
public record RecordedConversion(String clickId, String txid, String accountId, String workspaceId, String networkId) {

    public RecordedConversion {
        Objects.requireNonNull(clickId, "clickId");
        Objects.requireNonNull(txid, "txid");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(workspaceId, "workspaceId");
    }

    public ConversionSlot slot() {
        return ConversionSlot.txid(txid);
    }
}
