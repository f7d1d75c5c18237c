package io.offerline.core.outbound;

import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignRepository;
import io.offerline.core.tracking.Visit;
import io.offerline.core.tracking.VisitRepository;
import io.offerline.core.trafficsource.TrafficSource;
import io.offerline.core.trafficsource.TrafficSourceRepository;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns conversions read from the events stream into postbacks to their traffic source and events
 * of its ad platform: the campaign must send them, the visit's source must have a postback that
 * covers the conversion or an ad platform integration that maps its type.
 * It runs off the stream, never on the postback's request path, and only queues: the sender calls.
 */
public final class OutboundFeed {

    private final CampaignRepository campaigns;
    private final VisitRepository visits;
    private final TrafficSourceRepository trafficSources;
    private final OutboundLog log;
    private final OutboundQueue queue;
    private final PlatformEndpoints platforms;

    public OutboundFeed(CampaignRepository campaigns, VisitRepository visits, TrafficSourceRepository trafficSources, OutboundLog log,
            OutboundQueue queue, PlatformEndpoints platforms) {
        this.campaigns = campaigns;
        this.visits = visits;
        this.trafficSources = trafficSources;
        this.log = log;
        this.queue = queue;
        this.platforms = platforms;
    }

    /** Queues the conversion's postback and ad platform event, those that are due; answers how many were. */
    public int accept(ConversionNotice conversion) {
        List<OutboundDelivery> deliveries = deliveries(conversion);
        for (OutboundDelivery due : deliveries) {
            log.queued(due);
            queue.send(due, Duration.ZERO);
        }
        return deliveries.size();
    }

    private List<OutboundDelivery> deliveries(ConversionNotice conversion) {
        Optional<Campaign> campaign = campaigns.find(conversion.campaignId()).filter(Campaign::sendConversionPostbacks);
        if (campaign.isEmpty()) {
            return List.of();
        }
        Optional<Visit> visit = visits.find(conversion.clickId());
        if (visit.isEmpty()) {
            return List.of();
        }
        String sourceId = visit.get().trafficSourceId() != null ? visit.get().trafficSourceId() : campaign.get().trafficSourceId();
        Optional<TrafficSource> source = sourceId == null ? Optional.empty() : trafficSources.find(sourceId);
        if (source.isEmpty()) {
            return List.of();
        }
        return Stream.of(SourcePostbacks.delivery(conversion, visit.get(), source.get()),
                PlatformEvents.delivery(conversion, visit.get(), source.get(), platforms)).flatMap(Optional::stream).toList();
    }
}
