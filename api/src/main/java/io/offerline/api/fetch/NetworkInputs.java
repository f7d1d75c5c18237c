package io.offerline.api.fetch;

import io.offerline.core.network.AffiliateNetworkDraft;
import java.util.List;
import java.util.Map;

/** Maps the GraphQL {@code AffiliateNetworkInput} (already type-checked) to domain values. */
public final class NetworkInputs {

    private NetworkInputs() {
    }

    @SuppressWarnings("unchecked")
    public static AffiliateNetworkDraft draft(Map<String, Object> input) {
        return new AffiliateNetworkDraft((String) input.get("workspaceId"), (String) input.get("templateKey"), (String) input.get("name"),
                (String) input.get("clickIdParam"), (String) input.get("payoutParam"), (String) input.get("txidParam"),
                (String) input.get("currency"), (Boolean) input.get("acceptDuplicatePostbacks"), (Integer) input.get("attributionWindowDays"),
                (List<String>) input.get("postbackIpAllowlist"), (String) input.get("postbackSecret"), (String) input.get("notes"));
    }

}
