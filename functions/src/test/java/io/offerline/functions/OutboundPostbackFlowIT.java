package io.offerline.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignDraft;
import io.offerline.core.campaign.CampaignPath;
import io.offerline.core.campaign.CostModel;
import io.offerline.core.campaign.TrackingType;
import io.offerline.core.campaign.WeightedOffer;
import io.offerline.core.common.PageRequest;
import io.offerline.core.offer.Offer;
import io.offerline.core.outbound.OutboundFilter;
import io.offerline.core.outbound.OutboundLog;
import io.offerline.core.outbound.OutboundLogEntry;
import io.offerline.core.outbound.OutboundStatus;
import io.offerline.core.trafficsource.AdPlatform;
import io.offerline.core.trafficsource.AdPlatformDraft;
import io.offerline.core.trafficsource.SourcePostback;
import io.offerline.core.trafficsource.TrackingFieldParameter;
import io.offerline.core.trafficsource.TrafficSource;
import io.offerline.core.trafficsource.TrafficSourceDraft;
import io.offerline.core.trafficsource.TrafficSourceParameter;
import io.offerline.core.trafficsource.TrafficSourceService;
import io.offerline.dynamodb.DynamoClients;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.StreamChange;
import io.offerline.dynamodb.TestDynamo;
import io.offerline.functions.outbound.FakeSourceEndpoint;
import io.offerline.functions.outbound.OutboundMessages;
import io.offerline.functions.outbound.PlatformSchemas;
import io.offerline.functions.outbound.QueuedDeliveries;
import io.offerline.testkit.StreamPoller;
import java.time.Duration;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * A postback in → the traffic source's postback out, on the real engine: the events stream read by
 * the feed function, the queue emptied into the sender function, a fake source endpoint on loopback.
 */
@ExtendWith(DynamoDbExtension.class)
class OutboundPostbackFlowIT {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Pattern CLICK_ID = Pattern.compile("cid=([A-Za-z0-9_-]{22})");

    private final FakeSourceEndpoint endpoint = new FakeSourceEndpoint();
    private final QueuedDeliveries queue = new QueuedDeliveries();
    private TestDynamo dynamo;
    private TrackingWorld world;
    private DynamoDbStreamsClient streams;
    private StreamPoller stream;
    private OutboundPostbackFeedHandler feed;
    private OutboundPostbackSenderHandler sender;
    private Offer offer;

    @BeforeEach
    void start(TestDynamo dynamo) {
        this.dynamo = dynamo;
        streams = DynamoClients.streamsForEndpoint(dynamo.endpoint());
        // The fake source listens on loopback, which only the local stack's setting lets the sender call.
        open(Map.of("offerline.outbound.allow-loopback", "true", "offerline.outbound.meta-endpoint", endpoint.baseUrl() + "/meta/v25.0",
                "offerline.outbound.tiktok-endpoint", endpoint.baseUrl() + "/tiktok/open_api/v1.3"));
    }

    private void open(Map<String, Object> properties) {
        world = new TrackingWorld(dynamo, properties, queue);
        feed = new OutboundPostbackFeedHandler(world.context);
        sender = new OutboundPostbackSenderHandler(world.context);
        stream = poller();
        stream.poll(); // past the changes of earlier tests on this table, whose deliveries are theirs
        queue.clear();
        offer = world.offer("https://offer.example/?cid={cf_click_id}", "2.50");
    }

    @AfterEach
    void stop() {
        world.close();
        streams.close();
        endpoint.close();
    }

    @Test
    void postbackIn_sendsExactlyOnePostbackOut_withItsMacrosFilled() {
        TrafficSource source = source(SourcePostback.to(endpoint.baseUrl()
                + "/pb?click={external_id}&payout={payout}&tx={txid}&type={conversion_type}&status={status}&cur={currency}"
                + "&zone={trackingField1}&token=s3cret"));
        String clickId = visit(campaign(source, true), "EXT 42", "Z9");

        postback(clickId, Map.of("payout", "4.20", "txid", "T-1", "ct", "sale"));
        feedAndSend();

        assertThat(endpoint.calls()).singleElement().satisfies(call -> {
            assertThat(call.pathAndQuery()).isEqualTo("/pb?click=EXT%2042&payout=4.20&tx=T-1&type=sale&status=APPROVED&cur=USD&zone=Z9"
                    + "&token=s3cret");
            assertThat(call.idempotencyKey()).matches("[A-Za-z0-9_-]{22}");
        });
        OutboundLogEntry logged = log().get(0);
        assertThat(logged.status()).isEqualTo(OutboundStatus.SENT);
        assertThat(logged.responseCode()).isEqualTo(200);
        assertThat(logged.attempts()).isEqualTo(1);
        assertThat(logged.url()).endsWith("&token=***").doesNotContain("s3cret");
        assertThat(logged.id()).isEqualTo(endpoint.calls().get(0).idempotencyKey());
    }

    @Test
    void replayedStreamAndQueue_sendNothingTwice() {
        TrafficSource source = source(SourcePostback.to(endpoint.baseUrl() + "/pb?click={external_id}"));
        String clickId = visit(campaign(source, true), "EXT-7", "Z1");
        postback(clickId, Map.of("payout", "1", "txid", "T-7"));
        feedAndSend();

        stream = poller(); // a fresh reader starts at the stream's beginning, as a retried batch does
        feedAndSend();
        sender.execute(sqs(queue.history().get(0))); // and SQS may deliver a message twice

        assertThat(endpoint.calls()).hasSize(1);
        assertThat(log()).singleElement().satisfies(entry -> assertThat(entry.status()).isEqualTo(OutboundStatus.SENT));
    }

    @Test
    void nothingGoesOut_forACampaignWithSendingOff_aTypeNotSent_orAConversionOutsideTheSample() {
        TrafficSource leadsOnly = source(new SourcePostback(endpoint.baseUrl() + "/leads?c={external_id}", null, 100, Set.of("lead"),
                Set.of()));
        postback(visit(campaign(leadsOnly, false), "OFF", "Z"), Map.of("payout", "1", "txid", "A", "ct", "lead"));
        postback(visit(campaign(leadsOnly, true), "SALE", "Z"), Map.of("payout", "1", "txid", "B", "ct", "sale"));
        TrafficSource none = source(new SourcePostback(endpoint.baseUrl() + "/none?c={external_id}", null, 0, Set.of(), Set.of()));
        postback(visit(campaign(none, true), "SAMPLED-OUT", "Z"), Map.of("payout", "1", "txid", "C"));
        postback(visit(campaign(leadsOnly, true), "LEAD", "Z"), Map.of("payout", "1", "txid", "D", "ct", "lead"));

        feedAndSend();

        assertThat(endpoint.calls()).extracting(FakeSourceEndpoint.Call::pathAndQuery).containsExactly("/leads?c=LEAD");
    }

    @Test
    void aStatusChange_isSentWhenTheSourceAsksForIt_asADeliveryOfItsOwn() {
        TrafficSource source = source(new SourcePostback(endpoint.baseUrl() + "/s?c={external_id}&s={status}", null, 100, Set.of(),
                Set.of("PENDING", "DECLINED")));
        String clickId = visit(campaign(source, true), "X", "Z");
        postback(clickId, Map.of("payout", "3", "txid", "T-S", "status", "pending"));
        postback(clickId, Map.of("txid", "T-S", "status", "declined"));

        feedAndSend();

        assertThat(endpoint.calls()).extracting(FakeSourceEndpoint.Call::pathAndQuery).containsExactly("/s?c=X&s=PENDING", "/s?c=X&s=DECLINED");
        assertThat(endpoint.calls().get(0).idempotencyKey()).isNotEqualTo(endpoint.calls().get(1).idempotencyKey());
    }

    @Test
    void failures_areRetriedWithBackoff_thenLoggedAsFailed() {
        TrafficSource source = source(SourcePostback.to(endpoint.baseUrl() + "/flaky?c={external_id}"));
        postback(visit(campaign(source, true), "F", "Z"), Map.of("payout", "1", "txid", "T-F"));
        endpoint.answer(500, 503, 404, 500, 500, 500);

        feedAndSend();

        assertThat(endpoint.calls()).hasSize(6);
        assertThat(queue.history()).extracting(QueuedDeliveries.Message::delay).containsExactly(Duration.ZERO, Duration.ofMinutes(1),
                Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(15));
        assertThat(log()).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(OutboundStatus.FAILED);
            assertThat(entry.attempts()).isEqualTo(6);
            assertThat(entry.responseCode()).isEqualTo(500);
            assertThat(entry.lastError()).contains("HTTP 500", "6 attempts");
        });
    }

    @Test
    void aFailure_thenASuccess_isLoggedSentOnce() {
        TrafficSource source = source(SourcePostback.to(endpoint.baseUrl() + "/once?c={external_id}"));
        postback(visit(campaign(source, true), "R", "Z"), Map.of("payout", "1", "txid", "T-R"));
        endpoint.answer(502);

        feedAndSend();

        assertThat(endpoint.calls()).hasSize(2);
        assertThat(log()).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(OutboundStatus.SENT);
            assertThat(entry.attempts()).isEqualTo(2);
            assertThat(entry.lastError()).isNull();
        });
    }

    @Test
    void aDestinationOnAPrivateAddress_isRefusedOnTheDeployedConfiguration_loggedFailed_neverRetried() {
        world.close();
        open(Map.of());
        TrafficSource source = source(SourcePostback.to(endpoint.baseUrl() + "/pb?c={external_id}"));
        postback(visit(campaign(source, true), "P", "Z"), Map.of("payout", "1", "txid", "T-P"));

        feedAndSend();

        assertThat(endpoint.calls()).isEmpty();
        assertThat(queue.history()).hasSize(1);
        assertThat(log()).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(OutboundStatus.FAILED);
            assertThat(entry.attempts()).isEqualTo(1);
            assertThat(entry.responseCode()).isNull();
            assertThat(entry.lastError()).contains("127.0.0.1", "non-public address");
        });
    }

    @Test
    void aMetaIntegration_sendsEachApprovedConversion_asItsMappedEvent_withTheFieldsTheConversionsApiRequires() throws Exception {
        TrafficSource source = source(null, new AdPlatformDraft(AdPlatform.META, "1234567890", "EAAB-meta-token-0123456789",
                Map.of("sale", "Purchase", "lead", "Lead"), "TEST123"));
        String clickId = visit(campaign(source, true), "IwAR2F4-dbP0l7Mn1", "Z");
        postback(clickId, Map.of("payout", "4.20", "txid", "M-1", "ct", "sale"));
        postback(clickId, Map.of("payout", "1", "txid", "M-2", "ct", "install"));

        feedAndSend();

        assertThat(endpoint.requests()).singleElement().satisfies(request -> {
            assertThat(PlatformSchemas.metaViolations(request)).isEmpty();
            assertThat(request.pathAndQuery()).isEqualTo("/meta/v25.0/1234567890/events?access_token=EAAB-meta-token-0123456789");
            JsonNode body = PlatformSchemas.body(request);
            JsonNode event = body.path("data").get(0);
            assertThat(body.path("test_event_code").asText()).isEqualTo("TEST123");
            assertThat(event.path("event_name").asText()).isEqualTo("Purchase");
            assertThat(event.path("event_time").asLong()).isEqualTo(log().get(0).convertedAt().getEpochSecond());
            assertThat(event.path("event_id").asText()).isEqualTo(request.headers().get("idempotency-key"));
            assertThat(event.path("action_source").asText()).isEqualTo("website");
            assertThat(event.path("event_source_url").asText()).isEqualTo("https://publisher.example/article?id=7");
            JsonNode user = event.path("user_data");
            assertThat(user.path("fbc").asText()).matches("fb\\.1\\.[0-9]{13}\\.IwAR2F4-dbP0l7Mn1");
            assertThat(user.path("client_ip_address").asText()).isEqualTo("198.51.100.23");
            assertThat(user.path("client_user_agent").asText()).contains("Android 14");
            assertThat(user.path("external_id").get(0).asText()).isEqualTo(sha256(clickId));
            assertThat(user.has("em")).isFalse();
            assertThat(event.path("custom_data").path("value").decimalValue()).isEqualByComparingTo("4.20");
            assertThat(event.path("custom_data").path("currency").asText()).isEqualTo("USD");
        });
        assertThat(log()).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(OutboundStatus.SENT);
            assertThat(entry.url()).endsWith("access_token=***");
        });
    }

    @Test
    void aTikTokIntegration_sendsTheConversion_withTheFieldsTheEventsApiRequires() {
        TrafficSource source = source(null, new AdPlatformDraft(AdPlatform.TIKTOK, "CQ1ABCDEF0123456789", "tiktok-token-0123456789abcdef",
                Map.of(), null));
        String clickId = visit(campaign(source, true), "E.C.P.abc123", "Z");
        postback(clickId, Map.of("payout", "2.5", "txid", "T-T"));

        feedAndSend();

        assertThat(endpoint.requests()).singleElement().satisfies(request -> {
            assertThat(PlatformSchemas.tikTokViolations(request)).isEmpty();
            assertThat(request.pathAndQuery()).isEqualTo("/tiktok/open_api/v1.3/event/track/?null");
            assertThat(request.headers()).containsEntry("access-token", "tiktok-token-0123456789abcdef");
            JsonNode body = PlatformSchemas.body(request);
            assertThat(body.path("event_source").asText()).isEqualTo("web");
            assertThat(body.path("event_source_id").asText()).isEqualTo("CQ1ABCDEF0123456789");
            JsonNode event = body.path("data").get(0);
            assertThat(event.path("event").asText()).isEqualTo("CompletePayment");
            assertThat(event.path("event_time").asLong()).isEqualTo(log().get(0).convertedAt().getEpochSecond());
            assertThat(event.path("event_id").asText()).isEqualTo(request.headers().get("idempotency-key"));
            assertThat(event.path("user").path("ttclid").asText()).isEqualTo("E.C.P.abc123");
            assertThat(event.path("user").path("external_id").asText()).isEqualTo(sha256(clickId));
            assertThat(event.path("user").path("ip").asText()).isEqualTo("198.51.100.23");
            assertThat(event.path("user").has("email")).isFalse();
            assertThat(event.path("page").path("url").asText()).isEqualTo("https://publisher.example/article?id=7");
            assertThat(event.path("properties").path("value").decimalValue()).isEqualByComparingTo("2.50");
        });
    }

    @Test
    void aPlatformIntegration_sendsNoPendingConversion() {
        TrafficSource source = source(null, new AdPlatformDraft(AdPlatform.TIKTOK, "CQ1", "tiktok-token-0123456789abcdef", Map.of(), null));
        postback(visit(campaign(source, true), "E.C.P.x", "Z"), Map.of("payout", "1", "txid", "T-P", "status", "pending"));

        feedAndSend();

        assertThat(endpoint.requests()).isEmpty();
    }

    private static String sha256(String value) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private TrafficSource source(SourcePostback postback) {
        return source(postback, null);
    }

    private TrafficSource source(SourcePostback postback, AdPlatformDraft adPlatform) {
        return world.context.getBean(TrafficSourceService.class).create(world.owner, new TrafficSourceDraft(world.workspaceId, "Push",
                new TrafficSourceParameter("clickid", "{clickid}"), null,
                List.of(new TrackingFieldParameter("zone", "zoneid", "{zoneid}")), CostModel.notTracked(USD),
                postback, adPlatform, null));
    }

    private Campaign campaign(TrafficSource source, boolean send) {
        return world.campaign(new CampaignDraft(world.workspaceId, "Campaign", source.id(), TrackingType.REDIRECT,
                CostModel.notTracked(USD), null, List.of(new CampaignPath("Main", 1,
                List.of(new WeightedOffer(offer.id(), 1)))), send));
    }

    private String visit(Campaign campaign, String externalId, String zone) {
        APIGatewayV2HTTPEvent event = Events.load("visit.json", Map.of("CAMPAIGN_ID", campaign.id()));
        event.setQueryStringParameters(Map.of("clickid", externalId, "zoneid", zone));
        event.setRawQueryString(null);
        APIGatewayV2HTTPResponse redirect = new VisitHandler(world.context).handleRequest(event, null);
        Matcher matcher = CLICK_ID.matcher(redirect.getHeaders().get("Location"));
        assertThat(matcher.find()).as(redirect.getHeaders().get("Location")).isTrue();
        return matcher.group(1);
    }

    private void postback(String clickId, Map<String, String> parameters) {
        APIGatewayV2HTTPEvent event = Events.load("postback.json", Map.of());
        Map<String, String> query = new HashMap<>(parameters);
        query.put("cid", clickId);
        event.setQueryStringParameters(query);
        assertThat(new PostbackHandler(world.context).handleRequest(event, null).getBody()).doesNotContain("INVALID", "UNKNOWN");
    }

    /** The stream read into the feed, then the queue emptied into the sender until it stays empty. */
    private void feedAndSend() {
        stream.poll();
        List<QueuedDeliveries.Message> messages = queue.take();
        while (!messages.isEmpty()) {
            messages.forEach(message -> assertThat(sender.execute(sqs(message)).getBatchItemFailures()).isEmpty());
            messages = queue.take();
        }
    }

    private SQSEvent sqs(QueuedDeliveries.Message message) {
        SQSEvent.SQSMessage sqsMessage = new SQSEvent.SQSMessage();
        sqsMessage.setMessageId("m-" + message.delivery().attempt());
        sqsMessage.setBody(world.context.getBean(OutboundMessages.class).body(message.delivery()));
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(sqsMessage));
        return event;
    }

    private StreamPoller poller() {
        return new StreamPoller(dynamo.client(), streams, dynamo.tables().events(),
                (shard, records) -> feed.apply(records.stream().map(StreamChange::of).toList()));
    }

    private List<OutboundLogEntry> log() {
        return world.context.getBean(OutboundLog.class).list(world.owner.accountId(), OutboundFilter.ALL, new PageRequest(50, null))
                .nodes();
    }
}
