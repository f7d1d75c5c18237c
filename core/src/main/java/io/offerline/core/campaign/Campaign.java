package io.offerline.core.campaign;

import io.offerline.core.workspace.WorkspaceEntity;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Where paid traffic enters: its paths decide which lander and offer each visitor sees.
 *
 * @param trafficSourceId the traffic source whose parameters the campaign URL carries, or null
 * @param fallbackUrl where visitors go when no offer can take them, or null
 * @param sendConversionPostbacks whether its conversions are sent back to its traffic source's postback
 */
public record Campaign(
        String id,
        String accountId,
        String workspaceId,
        String name,
        String trafficSourceId,
        TrackingType trackingType,
        CostModel costModel,
        String fallbackUrl,
        List<CampaignPath> paths,
        boolean sendConversionPostbacks,
        boolean archived,
        long version,
        Instant createdAt,
        Instant updatedAt) implements WorkspaceEntity<Campaign> {

    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(trackingType, "trackingType");
        Objects.requireNonNull(costModel, "costModel");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        paths = List.copyOf(paths);
    }

    /** Every offer id the campaign can send traffic to, fallbacks of caps excluded, without repeats. */
    public List<String> offerIds() {
        return paths.stream().flatMap(path -> path.offers().stream()).map(WeightedOffer::offerId).distinct().toList();
    }

    /** Every lander id of the campaign's paths, without repeats. */
    public List<String> landerIds() {
        return paths.stream().flatMap(path -> path.landers().stream()).map(WeightedLander::landerId).distinct().toList();
    }

    /** The path called {@code name}, as recorded on a visit. */
    public Stream<CampaignPath> path(String name) {
        return paths.stream().filter(path -> path.name().equals(name));
    }

    @Override
    public Campaign withArchived(boolean archive, Instant now) {
        return new Campaign(id, accountId, workspaceId, name, trafficSourceId, trackingType, costModel, fallbackUrl, paths,
                sendConversionPostbacks, archive, version + 1, createdAt, now);
    }
}
