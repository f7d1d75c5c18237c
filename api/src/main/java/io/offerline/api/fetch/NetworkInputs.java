package io.offerline.api.fetch;

import io.offerline.core.network.AffiliateNetworkDraft;
import io.offerline.core.network.NetworkFilter;
import java.util.List;
import java.util.Map;

/** Maps the GraphQL {@code AffiliateNetworkInput} and {@code AffiliateNetworkFilter} (already type-checked) to domain values. */
final class NetworkInputs {

    private NetworkInputs() {
    }

    @SuppressWarnings("unchecked")
    static AffiliateNetworkDraft draft(Map<String, Object> input) {
        return new AffiliateNetworkDraft((String) input.get("workspaceId"), (String) input.get("templateKey"), (String) input.get("name"),
                (String) input.get("clickIdParam"), (String) input.get("payoutParam"), (String) input.get("txidParam"),
                (String) input.get("currency"), (Boolean) input.get("acceptDuplicatePostbacks"), (Integer) input.get("attributionWindowDays"),
                (List<String>) input.get("postbackIpAllowlist"), (String) input.get("postbackSecret"), (String) input.get("notes"));
    }

    /** Without {@code archived} a list shows the active networks only. */
    static NetworkFilter filter(Map<String, Object> filter) {
        if (filter == null) {
            return NetworkFilter.ACTIVE;
        }
        Boolean archived = (Boolean) filter.get("archived");
        return new NetworkFilter((String) filter.get("search"), archived == null ? Boolean.FALSE : archived);
    }
}
