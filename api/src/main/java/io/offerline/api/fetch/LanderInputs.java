package io.offerline.api.fetch;

import io.offerline.core.lander.LanderDraft;
import io.offerline.core.lander.LanderFilter;
import java.util.List;
import java.util.Map;

/** Maps the GraphQL {@code LanderInput} and {@code LanderFilter} (already type-checked) to domain values. */
final class LanderInputs {

    private LanderInputs() {
    }

    @SuppressWarnings("unchecked")
    static LanderDraft draft(Map<String, Object> input) {
        return new LanderDraft((String) input.get("workspaceId"), (String) input.get("name"), (String) input.get("url"),
                (Integer) input.get("callsToAction"), (String) input.get("notes"), (List<String>) input.get("tags"));
    }

    /** Without {@code archived} a list shows the active landers only. */
    static LanderFilter filter(Map<String, Object> filter) {
        if (filter == null) {
            return LanderFilter.ACTIVE;
        }
        Boolean archived = (Boolean) filter.get("archived");
        return new LanderFilter((String) filter.get("search"), archived == null ? Boolean.FALSE : archived);
    }
}
