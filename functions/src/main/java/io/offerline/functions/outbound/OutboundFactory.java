package io.offerline.functions.outbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.offerline.core.campaign.CampaignRepository;
import io.offerline.core.outbound.OutboundFeed;
import io.offerline.core.outbound.OutboundLog;
import io.offerline.core.outbound.OutboundQueue;
import io.offerline.core.outbound.OutboundSender;
import io.offerline.core.outbound.OutboundTransport;
import io.offerline.core.outbound.PlatformEndpoints;
import io.offerline.core.outbound.RetrySchedule;
import io.offerline.core.tracking.VisitRepository;
import io.offerline.core.trafficsource.TrafficSourceRepository;
import jakarta.inject.Singleton;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The postbacks to traffic sources: the stream consumer's feed, the sender, the HTTP transport
 * ({@code offerline.outbound.allow-loopback}, off unless the local stack turns it on) and, when
 * {@code offerline.outbound.queue-url} names one ({@code OFFERLINE_OUTBOUND_QUEUE_URL} on AWS),
 * the SQS queue; the local stack and the tests register a queue of their own.
 */
@Factory
public class OutboundFactory {

    // The platforms' public APIs; tests point these properties at a local fake.
    private static final String META = "https://graph.facebook.com/v25.0";
    private static final String TIKTOK = "https://business-api.tiktok.com/open_api/v1.3";

    @Singleton
    OutboundTransport outboundTransport(@Value("${offerline.outbound.allow-loopback:false}") boolean allowLoopback) {
        return new HttpOutboundTransport(allowLoopback);
    }

    @Singleton
    @Requires(property = "offerline.outbound.queue-url")
    OutboundQueue sqsQueue(@Value("${offerline.outbound.queue-url}") String queueUrl, OutboundMessages messages) {
        return new SqsOutboundQueue(SqsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build(), queueUrl, messages);
    }

    @Singleton
    OutboundMessages outboundMessages(ObjectMapper json) {
        return new OutboundMessages(json);
    }

    // Only where a queue is (the feed's and the sender's functions, the local stack, the tests): Lambda's context creates
    // every singleton at start, and the other functions have no queue.
    @Singleton
    @Requires(beans = OutboundQueue.class)
    OutboundFeed outboundFeed(CampaignRepository campaigns, VisitRepository visits, TrafficSourceRepository trafficSources,
            OutboundLog log, OutboundQueue queue,
            @Value("${offerline.outbound.meta-endpoint:" + META + "}") String meta,
            @Value("${offerline.outbound.tiktok-endpoint:" + TIKTOK + "}") String tikTok) {
        return new OutboundFeed(campaigns, visits, trafficSources, log, queue, new PlatformEndpoints(meta, tikTok));
    }

    @Singleton
    @Requires(beans = OutboundQueue.class)
    OutboundSender outboundSender(OutboundLog log, OutboundTransport transport, OutboundQueue queue) {
        return new OutboundSender(log, transport, queue, RetrySchedule.DEFAULT);
    }
}
