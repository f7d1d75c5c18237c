package io.offerline.core.report;

import io.offerline.core.account.Principal;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignFilter;
import io.offerline.core.campaign.CampaignService;
import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.stats.Detail;
import io.offerline.core.trafficsource.TrackingFieldParameter;
import io.offerline.core.trafficsource.TrafficSource;
import io.offerline.core.trafficsource.TrafficSourceService;
import io.offerline.core.workspace.EntityFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a report by a tracking field reads, and what the field is called: the campaign it filters
 * on, or every campaign (archived ones too) of the traffic source it filters on, and the name the
 * traffic source gives the field ({@code zone}). A campaign or source the caller may not see fails
 * as not found.
 */
final class TrackingFieldScope {

    private final CampaignService campaigns;
    private final TrafficSourceService trafficSources;

    TrackingFieldScope(CampaignService campaigns, TrafficSourceService trafficSources) {
        this.campaigns = campaigns;
        this.trafficSources = trafficSources;
    }

    /** The campaigns whose cells of the query's tracking field to read; empty for other reports. */
    List<String> campaignIds(Principal principal, ReportQuery query) {
        Detail detail = query.detail();
        if (detail == null || !detail.isTrackingField()) {
            return List.of();
        }
        Optional<String> campaignId = only(query, Dimension.CAMPAIGN);
        if (campaignId.isPresent()) {
            return List.of(campaigns.visible(principal, "input.filters.values", campaignId.get()).id());
        }
        TrafficSource source = trafficSources.visible(principal, "input.filters.values", only(query, Dimension.TRAFFIC_SOURCE).orElseThrow());
        return campaignsOf(principal, source);
    }

    /** The traffic source's names of the tracking fields the query uses, by dimension. */
    Map<Dimension, String> names(Principal principal, ReportQuery query) {
        Detail detail = query.detail();
        if (detail == null || !detail.isTrackingField()) {
            return Map.of();
        }
        Optional<String> sourceId = only(query, Dimension.TRAFFIC_SOURCE);
        if (sourceId.isEmpty()) {
            sourceId = Optional.ofNullable(campaigns.visible(principal, "input.filters.values",
                    only(query, Dimension.CAMPAIGN).orElseThrow()).trafficSourceId());
        }
        List<TrackingFieldParameter> fields = sourceId.map(id -> trafficSources.visible(principal, "input.filters.values", id))
                .map(TrafficSource::trackingFields).orElse(List.of());
        Dimension dimension = Dimension.valueOf(detail.name());
        return fields.size() < detail.position() ? Map.of() : Map.of(dimension, fields.get(detail.position() - 1).name());
    }

    private List<String> campaignsOf(Principal principal, TrafficSource source) {
        CampaignFilter filter = new CampaignFilter(new EntityFilter(null, null, null), source.id());
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            Page<Campaign> page = campaigns.list(principal, source.workspaceId(), filter, new PageRequest(PageRequest.MAX_SIZE, after));
            page.nodes().forEach(campaign -> ids.add(campaign.id()));
            after = page.hasNextPage() ? page.endCursor() : null;
        } while (after != null);
        return ids;
    }

    private static Optional<String> only(ReportQuery query, Dimension dimension) {
        return query.filters().stream().filter(filter -> filter.dimension() == dimension && filter.values().size() == 1)
                .map(filter -> filter.values().get(0)).findFirst();
    }
}
