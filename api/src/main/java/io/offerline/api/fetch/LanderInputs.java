package io.offerline.api.fetch;

import io.offerline.core.lander.LanderDraft;
import java.util.List;
import java.util.Map;

/** Maps the GraphQL {@code LanderInput} (already type-checked) to domain values. */
public final class LanderInputs {

    private LanderInputs() {
    }

    @SuppressWarnings("unchecked")
    public static LanderDraft draft(Map<String, Object> input) {
        return new LanderDraft((String) input.get("workspaceId"), (String) input.get("name"), (String) input.get("url"),
                (Integer) input.get("callsToAction"), (String) input.get("notes"), (List<String>) input.get("tags"));
    }

}
