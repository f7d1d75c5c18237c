package io.offerline.core.campaign;

import io.offerline.core.workspace.WorkspaceScoped;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Where paid traffic enters: its paths decide which offer each visitor sees. */
public record Campaign(
        String id,
        String accountId,
        String workspaceId,
        String name,
        String fallbackUrl,
        List<CampaignPath> paths,
        long version,
        Instant createdAt,
        Instant updatedAt) implements WorkspaceScoped {

    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        paths = List.copyOf(paths);
    }

    /** Every offer id the campaign can send traffic to, without repeats. */
    public List<String> offerIds() {
        return paths.stream()
                .flatMap(path -> path.offers().stream())
                .map(WeightedOffer::offerId)
                .distinct()
                .toList();
    }
}
