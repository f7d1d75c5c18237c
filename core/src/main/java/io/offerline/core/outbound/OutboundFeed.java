package io.offerline.core.outbound;

import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignRepository;
import io.offerline.core.tracking.Visit;
import io.offerline.core.tracking.VisitRepository;
import io.offerline.core.trafficsource.TrafficSource;
import io.offerline.core.trafficsource.TrafficSourceRepository;
import java.time.Duration;
import java.util.Optional;

/**
 * Turns conversions read from the events stream into postbacks to their traffic source: the
 * campaign must send them, the visit's source must have a postback that covers the conversion.
 * It runs off the stream, never on the postback's request path, and only queues: the sender calls.
 */
public final class OutboundFeed {

    private final CampaignRepository campaigns;
    private final VisitRepository visits;
    private final TrafficSourceRepository trafficSources;
    private final OutboundLog log;
    private final OutboundQueue queue;

    public OutboundFeed(CampaignRepository campaigns, VisitRepository visits, TrafficSourceRepository trafficSources, OutboundLog log,
            OutboundQueue queue) {
        this.campaigns = campaigns;
        this.visits = visits;
        this.trafficSources = trafficSources;
        this.log = log;
        this.queue = queue;
    }

    /** Queues the conversion's postback, if one is due; answers whether one was. */
    public boolean accept(ConversionNotice conversion) {
        Optional<OutboundDelivery> delivery = delivery(conversion);
        delivery.ifPresent(due -> {
            log.queued(due);
            queue.send(due, Duration.ZERO);
        });
        return delivery.isPresent();
    }

    private Optional<OutboundDelivery> delivery(ConversionNotice conversion) {
        Optional<Campaign> campaign = campaigns.find(conversion.campaignId()).filter(Campaign::sendConversionPostbacks);
        if (campaign.isEmpty()) {
            return Optional.empty();
        }
        Optional<Visit> visit = visits.find(conversion.clickId());
        if (visit.isEmpty()) {
            return Optional.empty();
        }
        String sourceId = visit.get().trafficSourceId() != null ? visit.get().trafficSourceId() : campaign.get().trafficSourceId();
        Optional<TrafficSource> source = sourceId == null ? Optional.empty() : trafficSources.find(sourceId);
        return source.flatMap(found -> SourcePostbacks.delivery(conversion, visit.get(), found));
    }
}
