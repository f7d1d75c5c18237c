package io.offerline.core.trafficsource;

import io.offerline.core.campaign.CostModel;
import io.offerline.core.common.Violations;
import io.offerline.core.workspace.EntityDraft;
import io.offerline.core.workspace.Stamp;
import java.time.Instant;
import java.util.List;

/**
 * What a user sends to create or replace a traffic source, before validation.
 *
 * @param externalId null when the source passes no click id of its own
 * @param cost null when the source passes no cost
 * @param trackingFields null means none
 * @param defaultCostModel the cost model new campaigns of this source start from
 * @param postback null when no conversions are sent back to the source
 * @param adPlatform null when no conversions are sent to an ad platform
 */
public record TrafficSourceDraft(
        String workspaceId,
        String name,
        TrafficSourceParameter externalId,
        TrafficSourceParameter cost,
        List<TrackingFieldParameter> trackingFields,
        CostModel defaultCostModel,
        SourcePostback postback,
        AdPlatformDraft adPlatform,
        String notes) implements EntityDraft<TrafficSource> {

    /** A draft of a source that is sent no conversions. */
    public TrafficSourceDraft(String workspaceId, String name, TrafficSourceParameter externalId, TrafficSourceParameter cost,
            List<TrackingFieldParameter> trackingFields, CostModel defaultCostModel, String notes) {
        this(workspaceId, name, externalId, cost, trackingFields, defaultCostModel, null, null, notes);
    }

    @Override
    public TrafficSource toEntity(Stamp stamp, TrafficSource current) {
        return toTrafficSource(stamp.id(), stamp.accountId(), stamp.archived(), stamp.version(), stamp.createdAt(), stamp.updatedAt(),
                current == null ? null : current.adPlatform());
    }

    /**
     * The traffic source this draft describes, every value checked; a bad one is an
     * {@link io.offerline.core.common.InvalidInputException} naming its field relative to the
     * input (e.g. {@code trackingFields.2.parameter}).
     */
    public TrafficSource toTrafficSource(String id, String accountId, boolean archived, long version, Instant createdAt,
            Instant updatedAt) {
        return toTrafficSource(id, accountId, archived, version, createdAt, updatedAt, null);
    }

    /** @param currentAdPlatform the stored source's integration, whose access token a draft without one keeps */
    private TrafficSource toTrafficSource(String id, String accountId, boolean archived, long version, Instant createdAt,
            Instant updatedAt, AdPlatformIntegration currentAdPlatform) {
        Violations violations = new Violations();
        AdPlatformIntegration integration = adPlatform == null ? null : violations.valid(() -> adPlatform.toIntegration(currentAdPlatform));
        TrafficSource source = violations.valid(() -> new TrafficSource(id, accountId, workspaceId, name, externalId, cost, trackingFields,
                defaultCostModel, postback, integration, notes, archived, version, createdAt, updatedAt));
        violations.throwIfAny();
        return source;
    }
}
