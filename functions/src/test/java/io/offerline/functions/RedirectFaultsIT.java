package io.offerline.functions;

import static io.offerline.functions.Redirects.clickIdOf;
import static io.offerline.functions.Redirects.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.json.JsonMapper;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignDraft;
import io.offerline.core.campaign.CampaignPath;
import io.offerline.core.campaign.CostModel;
import io.offerline.core.campaign.CostType;
import io.offerline.core.campaign.TrackingType;
import io.offerline.core.campaign.WeightedLander;
import io.offerline.core.campaign.WeightedOffer;
import io.offerline.core.lander.Lander;
import io.offerline.core.offer.Cap;
import io.offerline.core.offer.CapMetric;
import io.offerline.core.offer.CapPeriod;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.OfferDraft;
import io.offerline.core.offer.Payout;
import io.offerline.core.offer.PayoutMode;
import io.offerline.core.tracking.Visit;
import io.offerline.core.tracking.VisitRepository;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.HandClock;
import io.offerline.dynamodb.TestDynamo;
import io.offerline.dynamodb.TestTime;
import io.offerline.testkit.StorageFaults;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The tracking URLs when storage fails, on the real engine with injected faults: the visitor is
 * always sent somewhere (the offer on stale configuration, a fallback, or a documented 503), and
 * what could not be stored is logged as one embedded-metric line.
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedirectFaultsIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final StorageFaults faults = new StorageFaults();
    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private TestDynamo dynamo;
    private TrackingWorld world;
    private VisitHandler visits;

    @BeforeAll
    void start(TestDynamo engine) {
        dynamo = engine;
        world = world(TestTime.clock(), Map.of());
        visits = new VisitHandler(world.context);
    }

    @AfterEach
    void clearFaults() {
        faults.clear();
        logged.reset();
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void visit_whenTheClickCapCannotBeCounted_goesToTheCapsFallback() {
        Offer capped = world.offer(capped(world, CapMetric.CLICKS, "https://cap-fallback.example/"));
        Campaign campaign = campaignTo(world, capped);
        faults.on("UpdateItem", request -> partitionOf(((UpdateItemRequest) request).key()).startsWith("CAP#")).throttle(-1);

        assertThat(location(visits.handleRequest(visitEvent(campaign), null))).isEqualTo("https://cap-fallback.example/");
    }

    @Test
    void visit_whenTheConversionCapCannotBeRead_goesToTheCapsFallback() {
        Offer capped = world.offer(capped(world, CapMetric.CONVERSIONS, "https://cap-fallback.example/"));
        Campaign campaign = campaignTo(world, capped);
        faults.on("BatchGetItem", readsCapCounters()).throttle(-1);

        assertThat(location(visits.handleRequest(visitEvent(campaign), null))).isEqualTo("https://cap-fallback.example/");
    }

    @Test
    void visit_whenTheConversionCapCannotBeReadAgain_routesOnTheLastCountRead() {
        HandClock clock = new HandClock();
        try (TrackingWorld aging = world(clock, Map.of())) {
            VisitHandler handler = new VisitHandler(aging.context);
            Offer capped = aging.offer(capped(aging, CapMetric.CONVERSIONS, "https://cap-fallback.example/"));
            Campaign campaign = campaignTo(aging, capped);
            assertThat(location(handler.handleRequest(visitEvent(campaign), null))).startsWith("https://capped.example/");

            clock.advance(Duration.ofSeconds(11));
            faults.on("BatchGetItem", readsCapCounters()).throttle(-1);

            assertThat(location(handler.handleRequest(visitEvent(campaign), null))).startsWith("https://capped.example/");
            assertThat(faults.attempts("BatchGetItem")).isPositive();
        }
    }

    @Test
    void visit_whenTheConfigurationCannotBeReadAgain_routesOnTheLastKnownOne() {
        HandClock clock = new HandClock();
        try (TrackingWorld aging = world(clock, Map.of())) {
            VisitHandler handler = new VisitHandler(aging.context);
            Campaign campaign = campaignTo(aging, aging.offer("https://offer.example/?cid={cf_click_id}", "1"));
            assertThat(location(handler.handleRequest(visitEvent(campaign), null))).startsWith("https://offer.example/");

            clock.advance(Duration.ofMinutes(2));
            faults.on("GetItem").throttle(-1).on("BatchGetItem").throttle(-1);

            assertThat(location(handler.handleRequest(visitEvent(campaign), null))).startsWith("https://offer.example/?cid=");
            assertThat(faults.attempts("GetItem")).isPositive();
        }
    }

    @Test
    void visit_whenTheCampaignIsReadButNotWhatItRoutesTo_goesToTheCampaignsFallbackUrl() {
        Campaign campaign = world.campaign(world.draft(null,
                List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(world.offer("https://offer.example/", "1").id(), 1))))));
        faults.on("BatchGetItem").throttle(-1);

        assertThat(location(visits.handleRequest(visitEvent(campaign), null))).isEqualTo("https://fallback.example/?c=" + campaign.id());
    }

    @Test
    void visit_whenNothingOfTheCampaignCanBeRead_answers503() {
        Campaign campaign = campaignTo(world, world.offer("https://offer.example/", "1"));
        faults.on("GetItem", readsPartition("CAMPAIGN#")).throttle(-1);

        APIGatewayV2HTTPResponse response = visits.handleRequest(visitEvent(campaign), null);

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getHeaders()).containsEntry("Cache-Control", "no-store");
    }

    @Test
    void visit_whenTheAccountCannotBeRead_stillRedirects_andKeepsTheShortenedIp() {
        try (TrackingWorld cold = world(TestTime.clock(), Map.of())) {
            Campaign campaign = campaignTo(cold, cold.offer("https://offer.example/?cid={cf_click_id}", "1"));
            faults.on("GetItem", readsPartition("ACCOUNT#")).throttle(-1);

            String location = location(new VisitHandler(cold.context).handleRequest(visitEvent(campaign), null));

            assertThat(location).startsWith("https://offer.example/?cid=");
            assertThat(stored(cold, location).ip()).isEqualTo("198.51.100.0");
        }
    }

    @Test
    void visit_whenTheExchangeRatesCannotBeRead_stillRedirects_andRecordsTheVisitUnpriced() {
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}", "1");
        Campaign campaign = world.campaign(new CampaignDraft(world.workspaceId, "EUR-priced", null, TrackingType.REDIRECT,
                new CostModel(CostType.CPC, BigDecimal.ONE, Currency.getInstance("EUR")), null,
                List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(offer.id(), 1))))));
        faults.on("Query").throttle(-1);

        String location = location(visits.handleRequest(visitEvent(campaign), null));

        assertThat(location).startsWith("https://offer.example/?cid=");
        assertThat(stored(world, location).pricing().perVisit()).isZero();
    }

    @Test
    void visit_whoseWriteFails_isRedirected_andLoggedAsOneEmbeddedMetricLine() throws IOException {
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}", "1");
        Campaign campaign = campaignTo(world, offer);
        faults.on("PutItem", writesTo(dynamo.tables().events())).throttle(-1);

        String location = location(visits.handleRequest(visitEvent(campaign), null));

        JsonNode line = onlyLoggedLine();
        JsonNode directive = line.at("/_aws/CloudWatchMetrics/0");
        assertThat(directive.get("Namespace").asText()).isEqualTo("Offerline");
        assertThat(directive.at("/Metrics/0/Name").asText()).isEqualTo("VisitsNotStored");
        assertThat(line.get("VisitsNotStored").asInt()).isEqualTo(1);
        assertThat(line.at("/_aws/Timestamp").asLong()).isCloseTo(world.clock.instant().toEpochMilli(), within(60_000L));
        assertThat(line.get("clickId").asText()).isEqualTo(clickIdOf(location));
        assertThat(line.get("campaignId").asText()).isEqualTo(campaign.id());
        assertThat(line.get("offerId").asText()).isEqualTo(offer.id());
        assertThat(line.get("pathName").asText()).isEqualTo("Main");
        assertThat(line.has("visitedAt")).isTrue();
        assertThat(line.has("costPerVisit")).isTrue();
        assertThat(line.has("ip")).isFalse();
    }

    @Test
    void visit_whenStorageHangs_isAnsweredWithinTheStorageBudget() throws IOException {
        Map<String, Object> budget = Map.of("offerline.dynamodb.attempt-timeout", "150ms", "offerline.dynamodb.call-timeout", "400ms",
                "offerline.dynamodb.max-attempts", "2");
        try (TrackingWorld tight = world(TestTime.clock(), budget)) {
            VisitHandler handler = new VisitHandler(tight.context);
            Campaign campaign = campaignTo(tight, tight.offer("https://offer.example/?cid={cf_click_id}", "1"));
            handler.handleRequest(visitEvent(campaign), null);
            logged.reset();
            faults.on("PutItem").hang(Duration.ofSeconds(5), -1);

            long started = System.nanoTime();
            String location = location(handler.handleRequest(visitEvent(campaign), null));
            Duration waited = Duration.ofNanos(System.nanoTime() - started);

            assertThat(location).startsWith("https://offer.example/?cid=");
            assertThat(waited).isLessThan(Duration.ofMillis(1500));
            assertThat(onlyLoggedLine().get("clickId").asText()).isEqualTo(clickIdOf(location));
        }
    }

    @Test
    void click_whenTheVisitCannotBeRead_answers503() {
        Lander lander = world.lander("https://lander.example/?cid={cf_click_id}");
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}", "1");
        Campaign campaign = world.campaign(world.draft(null, List.of(new CampaignPath("Main", 1, List.of(),
                List.of(new WeightedLander(lander.id(), 1)), List.of(new WeightedOffer(offer.id(), 1))))));
        String clickId = clickIdOf(location(visits.handleRequest(visitEvent(campaign), null)));
        faults.on("GetItem", request -> ((GetItemRequest) request).tableName().equals(dynamo.tables().events())).throttle(-1);

        APIGatewayV2HTTPResponse response = new ClickHandler(world.context).handleRequest(clickEvent(clickId), null);

        assertThat(response.getStatusCode()).isEqualTo(503);
    }

    @Test
    void click_whoseWriteFails_isRedirected_andLoggedAsOneEmbeddedMetricLine() throws IOException {
        Lander lander = world.lander("https://lander.example/?cid={cf_click_id}");
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}", "1");
        Campaign campaign = world.campaign(world.draft(null, List.of(new CampaignPath("Main", 1, List.of(),
                List.of(new WeightedLander(lander.id(), 1)), List.of(new WeightedOffer(offer.id(), 1))))));
        String clickId = clickIdOf(location(visits.handleRequest(visitEvent(campaign), null)));
        faults.on("PutItem", writesTo(dynamo.tables().events())).throttle(-1);

        String location = location(new ClickHandler(world.context).handleRequest(clickEvent(clickId), null));

        JsonNode line = onlyLoggedLine();
        assertThat(location).startsWith("https://offer.example/?cid=" + clickId);
        assertThat(line.at("/_aws/CloudWatchMetrics/0/Metrics/0/Name").asText()).isEqualTo("ClicksNotStored");
        assertThat(line.get("clickId").asText()).isEqualTo(clickId);
        assertThat(line.get("offerId").asText()).isEqualTo(offer.id());
        assertThat(line.get("campaignId").asText()).isEqualTo(campaign.id());
    }

    @Test
    void directVisit_whenTheCampaignCannotBeRead_answers503() {
        Campaign campaign = campaignTo(world, world.offer("https://offer.example/", "1"));
        faults.on("GetItem", readsPartition("CAMPAIGN#")).throttle(-1);
        APIGatewayV2HTTPEvent event = Events.load("direct-visit.json", Map.of("CAMPAIGN_ID", campaign.id(), "\"LANDER_ID\"", "null"));

        APIGatewayV2HTTPResponse response = new DirectVisitHandler(world.context).handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getBody()).contains("\"error\"");
    }

    @Test
    void directVisit_whoseWriteFails_answersItsClickId_andIsLoggedAsOneEmbeddedMetricLine() throws IOException {
        Lander lander = world.lander("https://lander.example/");
        Campaign campaign = world.campaign(new CampaignDraft(world.workspaceId, "Direct", null, TrackingType.DIRECT,
                CostModel.notTracked(Currency.getInstance("USD")), null, List.of(new CampaignPath("Main", 1, List.of(),
                List.of(new WeightedLander(lander.id(), 1)), List.of(new WeightedOffer(world.offer("https://offer.example/", "1").id(), 1))))));
        faults.on("PutItem", writesTo(dynamo.tables().events())).throttle(-1);
        APIGatewayV2HTTPEvent event = Events.load("direct-visit.json", Map.of("CAMPAIGN_ID", campaign.id(), "LANDER_ID", lander.id()));

        APIGatewayV2HTTPResponse response = new DirectVisitHandler(world.context).handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        JsonNode line = onlyLoggedLine();
        assertThat(MAPPER.readTree(response.getBody()).get("clickId").asText()).isEqualTo(line.get("clickId").asText());
        assertThat(line.get("VisitsNotStored").asInt()).isEqualTo(1);
        assertThat(line.get("landerId").asText()).isEqualTo(lander.id());
    }

    private TrackingWorld world(Clock clock, Map<String, Object> properties) {
        EmbeddedMetricLog log = new EmbeddedMetricLog(JsonMapper.createDefault(), new PrintStream(logged, true, StandardCharsets.UTF_8));
        return new TrackingWorld(dynamo, dynamo.tables().events(), clock, properties, List.of(log), faults);
    }

    private JsonNode onlyLoggedLine() throws IOException {
        List<String> lines = logged.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1);
        return MAPPER.readTree(lines.get(0));
    }

    private static Campaign campaignTo(TrackingWorld in, Offer offer) {
        return in.campaign(in.draft(null, List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(offer.id(), 1))))));
    }

    private static OfferDraft capped(TrackingWorld in, CapMetric metric, String fallbackUrl) {
        return new OfferDraft(in.workspaceId, "Capped", null, null, null, false, false, "https://capped.example/?cid={cf_click_id}",
                null, null, new Payout(PayoutMode.MANUAL, BigDecimal.ONE, Currency.getInstance("USD")), null,
                new Cap(true, metric, CapPeriod.DAILY, 2, ZoneOffset.UTC, null, fallbackUrl));
    }

    private static Visit stored(TrackingWorld in, String location) {
        return in.context.getBean(VisitRepository.class).find(clickIdOf(location)).orElseThrow();
    }

    private static Predicate<SdkRequest> readsPartition(String prefix) {
        return request -> partitionOf(((GetItemRequest) request).key()).startsWith(prefix);
    }

    private static Predicate<SdkRequest> readsCapCounters() {
        return request -> ((BatchGetItemRequest) request).requestItems().values().stream()
                .flatMap(keys -> keys.keys().stream())
                .anyMatch(key -> partitionOf(key).startsWith("CAP#"));
    }

    private static Predicate<SdkRequest> writesTo(String table) {
        return request -> ((PutItemRequest) request).tableName().equals(table);
    }

    private static String partitionOf(Map<String, AttributeValue> key) {
        return key.get("pk").s();
    }

    private static APIGatewayV2HTTPEvent visitEvent(Campaign campaign) {
        return Events.load("visit.json", Map.of("CAMPAIGN_ID", campaign.id()));
    }

    private static APIGatewayV2HTTPEvent clickEvent(String clickId) {
        APIGatewayV2HTTPEvent event = Events.load("click.json", Map.of());
        event.setPathParameters(null);
        event.setQueryStringParameters(Map.of("cid", clickId));
        return event;
    }
}
