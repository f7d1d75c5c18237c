package io.offerline.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignPath;
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
import io.offerline.core.trafficsource.TrafficSource;
import io.offerline.dynamodb.DynamoClients;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.DynamoStatsAggregator;
import io.offerline.dynamodb.TestDynamo;
import io.offerline.testkit.CapacityMeter;
import io.offerline.testkit.MeteredCall;
import io.offerline.testkit.StreamPoller;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * DynamoDB calls and request units per tracking event, counted by a {@link CapacityMeter} on the
 * functions' client against moto. Asserts the budget of ARCHITECTURE.md ("DynamoDB rules") and
 * writes the figures docs/performance.md records to {@code target/capacity-per-event.md}.
 * "Warm" means the function already holds the campaign, offer and account in its config cache.
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CapacityMeasurementIT {

    private static final Pattern CLICK_ID = Pattern.compile("[?&](?:cid|sub1)=([A-Za-z0-9_-]{22})");
    private static final Path REPORT = Path.of("target", "capacity-per-event.md");

    private final CapacityMeter meter = new CapacityMeter();
    private final List<String> report = new ArrayList<>();
    private TestDynamo dynamo;
    private TrackingWorld world;
    private VisitHandler visits;
    private ClickHandler clicks;
    private PostbackHandler postbacks;

    @BeforeAll
    void start(TestDynamo engine) {
        dynamo = engine;
        world = new TrackingWorld(dynamo, meter);
        visits = new VisitHandler(world.context);
        clicks = new ClickHandler(world.context);
        postbacks = new PostbackHandler(world.context);
    }

    @AfterAll
    void stop() throws IOException {
        world.close();
        report.sort(null);
        String table = "| event | calls (billed item bytes, units) | RRU | WRU |\n|---|---|---|---|\n" + String.join("\n", report) + "\n";
        Files.writeString(REPORT, table);
        System.out.println(table);
    }

    @Test
    void coldRedirect_readsTheCampaignWhatItRoutesToAndTheAccount_byKeyOnly() {
        try (TrackingWorld fresh = new TrackingWorld(dynamo, meter)) {
            TrafficSource source = fresh.trafficSource();
            Offer first = fresh.networkOffer("https://offer.example/one", "everflow");
            Offer second = fresh.networkOffer("https://offer.example/two", "everflow");
            Lander lander = fresh.lander("https://lander.example/quiz?cid={cf_click_id}");
            Campaign campaign = fresh.campaign(fresh.draft(source.id(), List.of(new CampaignPath("Main", 1, List.of(),
                    List.of(new WeightedLander(lander.id(), 1)), List.of(new WeightedOffer(first.id(), 1), new WeightedOffer(second.id(), 1))))));
            VisitHandler coldVisits = new VisitHandler(fresh.context);

            List<MeteredCall> cold = measure("1 cold redirect (traffic source, lander, 2 offers of 1 network)",
                    () -> visit(coldVisits, campaign));

            assertThat(cold).extracting(MeteredCall::operation).containsExactlyInAnyOrder(
                    "GetItem", "BatchGetItem", "BatchGetItem", "BatchGetItem", "GetItem", "GetItem", "PutItem");
            assertThat(cold.get(cold.size() - 1).operation()).isEqualTo("PutItem");
        }
    }

    @Test
    void warmRedirect_readsNothing_andWritesTheVisitOnce() {
        Campaign campaign = campaignTo(world.networkOffer("https://offer.example/", "everflow"));
        visit(campaign);

        List<MeteredCall> warm = measure("2 warm redirect to an offer", () -> visit(campaign));

        assertThat(warm).extracting(MeteredCall::operation).containsExactly("PutItem");
        assertThat(warm).allMatch(MeteredCall::succeeded);
        assertThat(writeUnits(warm)).isEqualTo(1.0);
    }

    @Test
    void warmRedirect_toAClickCappedOffer_addsOneConditionalUpdate() {
        Campaign campaign = campaignTo(world.offer(capped(CapMetric.CLICKS)));
        visit(campaign);

        List<MeteredCall> warm = measure("3 warm redirect to a click-capped offer", () -> visit(campaign));

        assertThat(warm).extracting(MeteredCall::operation).containsExactly("UpdateItem", "PutItem");
        assertThat(warm).noneMatch(MeteredCall::isRead).allMatch(MeteredCall::succeeded);
    }

    @Test
    void warmRedirect_toAConversionCappedOffer_readsNoCounterWhileItsCountIsFresh() {
        Campaign campaign = campaignTo(world.offer(capped(CapMetric.CONVERSIONS)));
        visit(campaign);

        List<MeteredCall> warm = measure("4 warm redirect to a conversion-capped offer, count cached (10 s)", () -> visit(campaign));

        assertThat(warm).extracting(MeteredCall::operation).containsExactly("PutItem");
    }

    @Test
    void landerClick_readsTheVisitOnce_andWritesTheClickOnce() {
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}", "1");
        Lander lander = world.lander("https://lander.example/quiz?cid={cf_click_id}");
        Campaign campaign = world.campaign(world.draft(null, List.of(new CampaignPath("Quiz", 1, List.of(),
                List.of(new WeightedLander(lander.id(), 1)), List.of(new WeightedOffer(offer.id(), 1))))));
        String clickId = clickIdOf(visit(campaign));

        List<MeteredCall> click = measure("5 lander click (warm)", () -> clicks.handleRequest(clickEvent(clickId), null));

        assertThat(click).extracting(MeteredCall::operation).containsExactly("GetItem", "PutItem");
        assertThat(readUnits(click)).isEqualTo(1.0);
        assertThat(click).allMatch(MeteredCall::succeeded);
    }

    /**
     * Each postback also writes its postback-log entry (ARCHITECTURE.md: "every received postback
     * is logged"), so a duplicate costs its failed conditional write plus that entry: one write more
     * than the budget's "one failed conditional write and nothing else" (see docs/performance.md).
     */
    @Test
    void postback_readsTheClickOnce_writesTheConversionOnceAndItsLogEntry_andADuplicateFailsItsWrite() {
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}", "2.50");
        Campaign campaign = campaignTo(offer);
        String warmUp = clickIdOf(visit(campaign));
        String clickId = clickIdOf(visit(campaign));

        List<MeteredCall> cold;
        try (TrackingWorld fresh = new TrackingWorld(dynamo, meter)) {
            PostbackHandler coldPostbacks = new PostbackHandler(fresh.context);
            cold = measure("6 first postback, cold function", () -> postback(coldPostbacks, warmUp));
        }
        postback(postbacks, warmUp); // a duplicate by now; it fills this function's offer cache
        List<MeteredCall> first = measure("7 first postback (warm)", () -> postback(postbacks, clickId));
        List<MeteredCall> duplicate = measure("8 duplicate postback (warm)", () -> postback(postbacks, clickId));

        assertThat(cold).extracting(MeteredCall::operation).containsExactly("Query", "GetItem", "GetItem", "PutItem", "PutItem");
        assertThat(first).extracting(MeteredCall::operation).containsExactly("Query", "PutItem", "PutItem");
        assertThat(first).allMatch(MeteredCall::succeeded);
        assertThat(readUnits(first)).isEqualTo(1.0);
        assertThat(duplicate).extracting(MeteredCall::operation).containsExactly("Query", "PutItem", "PutItem");
        assertThat(duplicate).extracting(MeteredCall::succeeded).containsExactly(true, false, true);
        assertThat(readUnits(duplicate)).isEqualTo(1.0);
    }

    /**
     * The aggregator's cost per event: a batch of 100 visits and 10 conversions of one campaign in
     * one quarter hour touches a handful of cells, each with its hour, day and month roll-ups,
     * written once each in one transaction with the checkpoint. Stream reads by Lambda's event
     * source mapping are not billed.
     */
    @Test
    void statsAggregation_ofABatch_readsTheCheckpoint_andWritesEachTouchedCellOnceInOneTransaction() {
        Campaign campaign = campaignTo(world.offer("https://offer.example/?cid={cf_click_id}", "2.50"));
        List<String> clickIds = new ArrayList<>();
        try (DynamoDbStreamsClient streams = DynamoClients.streamsForEndpoint(dynamo.endpoint())) {
            StreamPoller poller = new StreamPoller(world.context.getBean(DynamoDbClient.class), streams, dynamo.tables().events(),
                    world.context.getBean(DynamoStatsAggregator.class)::applyRecords);
            poller.poll();
            for (int index = 0; index < 100; index++) {
                clickIds.add(clickIdOf(visit(campaign)));
            }
            clickIds.subList(0, 10).forEach(clickId -> postback(postbacks, clickId));

            List<MeteredCall> aggregation = measure("9 stats aggregation of 100 visits and 10 conversions (one batch)", poller::poll);

            assertThat(aggregation).extracting(MeteredCall::operation).containsExactly("GetItem", "TransactWriteItems");
            assertThat(writeUnits(aggregation)).isLessThanOrEqualTo(16.0);
        }
    }

    private List<MeteredCall> measure(String event, Runnable action) {
        meter.drain();
        action.run();
        List<MeteredCall> calls = meter.drain();
        report.add("| " + event + " | " + calls.stream().map(MeteredCall::toString).collect(Collectors.joining(", "))
                + " | " + readUnits(calls) + " | " + writeUnits(calls) + " |");
        return calls;
    }

    private Campaign campaignTo(Offer offer) {
        return world.campaign(world.draft(null, List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(offer.id(), 1))))));
    }

    private OfferDraft capped(CapMetric metric) {
        return new OfferDraft(world.workspaceId, "Capped", null, null, null, false, false, "https://capped.example/?cid={cf_click_id}",
                null, null, new Payout(PayoutMode.MANUAL, BigDecimal.ONE, Currency.getInstance("USD")), null,
                new Cap(true, metric, CapPeriod.DAILY, 1_000, ZoneOffset.UTC, null, null));
    }

    private String visit(Campaign campaign) {
        return visit(visits, campaign);
    }

    /** A visit as a push network sends it: its click id, cost and two tracking fields. */
    private static String visit(VisitHandler visits, Campaign campaign) {
        APIGatewayV2HTTPEvent event = Events.load("visit.json", Map.of("CAMPAIGN_ID", campaign.id()));
        event.setQueryStringParameters(new HashMap<>(Map.of("clickid", "ts-7f3a9c21", "cost", "0.002", "zoneid", "1234",
                "site", "news.example")));
        APIGatewayV2HTTPResponse response = visits.handleRequest(event, null);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(302);
        return response.getHeaders().get("Location");
    }

    private static void postback(PostbackHandler postbacks, String clickId) {
        APIGatewayV2HTTPResponse response = postbacks.handleRequest(Events.load("postback.json", Map.of("CLICK_ID", clickId)), null);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
    }

    private static APIGatewayV2HTTPEvent clickEvent(String clickId) {
        APIGatewayV2HTTPEvent event = Events.load("click.json", Map.of());
        event.setPathParameters(Map.of("n", "1"));
        event.setQueryStringParameters(Map.of("cid", clickId));
        return event;
    }

    private static String clickIdOf(String location) {
        Matcher matcher = CLICK_ID.matcher(location);
        assertThat(matcher.find()).as(location).isTrue();
        return matcher.group(1);
    }

    private static double readUnits(List<MeteredCall> calls) {
        return calls.stream().mapToDouble(MeteredCall::readUnits).sum();
    }

    private static double writeUnits(List<MeteredCall> calls) {
        return calls.stream().mapToDouble(MeteredCall::writeUnits).sum();
    }
}
