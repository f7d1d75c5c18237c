package io.offerline.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignDraft;
import io.offerline.core.campaign.CampaignPath;
import io.offerline.core.campaign.CostModel;
import io.offerline.core.campaign.PathRule;
import io.offerline.core.campaign.RuleDimension;
import io.offerline.core.campaign.RuleOperator;
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
import io.offerline.core.stats.Counters;
import io.offerline.core.tracking.ClickTrail;
import io.offerline.core.tracking.Visit;
import io.offerline.core.tracking.VisitRepository;
import io.offerline.core.trafficsource.TrafficSource;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** Direct tracking on the real engine: a page's script registers the visit, and its clicks and conversions follow. */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectVisitHandlerIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TrackingWorld world;
    private DirectVisitHandler handler;
    private VisitRepository repository;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new TrackingWorld(dynamo);
        handler = new DirectVisitHandler(world.context);
        repository = world.context.getBean(VisitRepository.class);
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void register_onALanderPage_recordsTheVisitOnThePathWhoseRulesMatch_andAnswersTheClickUrl() {
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}&l={lander_id}", "1");
        Lander lander = world.lander("https://lander.example/quiz");
        Campaign campaign = direct(List.of(
                new CampaignPath("Everyone", 1, List.of(), List.of(new WeightedLander(lander.id(), 1)), List.of(new WeightedOffer(offer.id(), 1))),
                new CampaignPath("Germany", 1, List.of(new PathRule(RuleDimension.COUNTRY, RuleOperator.IN, List.of("DE"))),
                        List.of(new WeightedLander(lander.id(), 1)), List.of(new WeightedOffer(offer.id(), 1)))));

        APIGatewayV2HTTPEvent fromGermany = event(Map.of("campaign", campaign.id(), "lander", lander.id(),
                "referrer", "https://publisher.example/article?id=7", "url", "https://lander.example/quiz"));
        fromGermany.getHeaders().put("cloudfront-viewer-country", "DE");
        APIGatewayV2HTTPResponse response = handler.handleRequest(fromGermany, null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Access-Control-Allow-Origin", "*").containsEntry("Cache-Control", "no-store");
        Map<String, String> body = parse(response.getBody());
        String clickId = body.get("clickId");
        assertThat(clickId).matches("[A-Za-z0-9_-]{22}");
        assertThat(body).containsEntry("clickUrl", "https://track.example.com/click?cid=" + clickId);
        Visit visit = repository.find(clickId).orElseThrow();
        assertThat(visit.campaignId()).isEqualTo(campaign.id());
        assertThat(visit.landerId()).isEqualTo(lander.id());
        assertThat(visit.offerId()).isNull();
        assertThat(visit.pathName()).isEqualTo("Germany");
        assertThat(visit.visitor().country()).isEqualTo("DE");
        assertThat(visit.referrer()).isEqualTo("https://publisher.example/article?id=7");
        assertThat(visit.ip()).isEqualTo("198.51.100.23");
    }

    @Test
    void register_thenTheLandersClickUrl_reachesTheOfferOfTheVisitsPath() {
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}&l={lander_id}", "1");
        Lander lander = world.lander("https://lander.example/quiz");
        Campaign campaign = direct(List.of(new CampaignPath("Main", 1, List.of(), List.of(new WeightedLander(lander.id(), 1)),
                List.of(new WeightedOffer(offer.id(), 1)))));
        String clickId = parse(handler.handleRequest(event(Map.of("campaign", campaign.id(), "lander", lander.id())), null).getBody())
                .get("clickId");

        APIGatewayV2HTTPEvent click = Events.load("click.json", Map.of());
        click.setQueryStringParameters(Map.of("cid", clickId));
        APIGatewayV2HTTPResponse redirect = new ClickHandler(world.context).handleRequest(click, null);

        assertThat(redirect.getStatusCode()).isEqualTo(302);
        assertThat(redirect.getHeaders()).containsEntry("Location", "https://offer.example/?cid=" + clickId + "&l=" + lander.id());
        assertThat(repository.trail(clickId).flatMap(ClickTrail::offerId)).contains(offer.id());
    }

    @Test
    void register_onAnOfferPage_countsAsItsClick_soAConversionCountsForTheOffer() {
        Offer offer = world.directOffer("https://offer.example/", "2.50");
        Campaign campaign = direct(List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(offer.id(), 1)))));

        String clickId = parse(handler.handleRequest(event(Map.of("campaign", campaign.id(), "offer", offer.id())), null).getBody())
                .get("clickId");
        APIGatewayV2HTTPResponse postback = new PostbackHandler(world.context).handleRequest(
                Events.load("postback.json", Map.of("CLICK_ID", clickId)), null);

        assertThat(repository.find(clickId).orElseThrow().offerId()).isEqualTo(offer.id());
        assertThat(postback.getBody()).contains("\"outcome\":\"ACCEPTED\"");
        assertThat(world.offerStats(offer.id())).extracting(Counters::visits, Counters::clicks, Counters::conversions, Counters::revenue)
                .containsExactly(1L, 1L, 1L, new BigDecimal("4.200000"));
    }

    @Test
    void register_readsTheTrafficSourcesValuesFromThePageUrl_decoded() {
        TrafficSource source = world.trafficSource();
        Offer offer = world.directOffer("https://offer.example/", "1");
        Campaign campaign = world.campaign(new CampaignDraft(world.workspaceId, "Direct push", source.id(), TrackingType.DIRECT,
                CostModel.notTracked(Currency.getInstance("USD")), null,
                List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(offer.id(), 1))))));

        String clickId = parse(handler.handleRequest(event(Map.of("campaign", campaign.id(), "offer", offer.id(),
                "url", "https://offer.example/?clickid=ts-991&cost=0.0042&zoneid=a%20b%26c%C3%A9&site={site}#top")), null).getBody())
                .get("clickId");

        Visit visit = repository.find(clickId).orElseThrow();
        assertThat(visit.trafficSourceId()).isEqualTo(source.id());
        assertThat(visit.externalId()).isEqualTo("ts-991");
        assertThat(visit.cost()).isEqualByComparingTo("0.0042");
        assertThat(visit.trackingFields()).containsExactly("a b&cé", null);
    }

    @Test
    void register_acceptsAGetWithTheSameQueryParameters_andABase64Body() {
        Offer offer = world.directOffer("https://offer.example/", "1");
        Campaign campaign = direct(List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(offer.id(), 1)))));
        APIGatewayV2HTTPEvent get = event(Map.of());
        get.setBody(null);
        get.setQueryStringParameters(Map.of("campaign", campaign.id(), "offer", offer.id(), "referrer", "https://news.example/"));
        APIGatewayV2HTTPEvent encoded = event(Map.of());
        encoded.setBody(Base64.getEncoder().encodeToString(json(Map.of("campaign", campaign.id(), "offer", offer.id()))
                .getBytes(StandardCharsets.UTF_8)));
        encoded.setIsBase64Encoded(true);

        APIGatewayV2HTTPResponse fromGet = handler.handleRequest(get, null);
        APIGatewayV2HTTPResponse fromEncoded = handler.handleRequest(encoded, null);

        assertThat(fromGet.getStatusCode()).isEqualTo(200);
        assertThat(fromEncoded.getStatusCode()).isEqualTo(200);
        assertThat(repository.find(parse(fromGet.getBody()).get("clickId")).orElseThrow().referrer()).isEqualTo("https://news.example/");
        assertThat(repository.find(parse(fromEncoded.getBody()).get("clickId"))).isPresent();
    }

    @Test
    void register_refusesAnUnknownCampaign_aPageNotInIt_andAnArchivedOne_with404() {
        Offer offer = world.directOffer("https://offer.example/", "1");
        Offer elsewhere = world.offer("https://elsewhere.example/", "1");
        Lander lander = world.lander("https://lander.example/quiz");
        Campaign campaign = direct(List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(offer.id(), 1)))));
        Campaign archived = world.archive(direct(List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(offer.id(), 1))))));

        for (Map<String, String> refused : List.of(
                Map.of("campaign", "no-such-campaign", "offer", offer.id()),
                Map.of("campaign", campaign.id(), "offer", elsewhere.id()),
                Map.of("campaign", campaign.id(), "lander", lander.id()),
                Map.of("campaign", archived.id(), "offer", offer.id()))) {
            APIGatewayV2HTTPResponse response = handler.handleRequest(event(refused), null);

            assertThat(response.getStatusCode()).as(refused.toString()).isEqualTo(404);
            assertThat(response.getHeaders()).containsEntry("Access-Control-Allow-Origin", "*");
            assertThat(parse(response.getBody())).containsKey("error");
        }
    }

    @Test
    void register_refusesARedirectCampaign_andAnOfferPageWithDirectTrackingOff_with404NamingWhy() {
        Offer offer = world.directOffer("https://offer.example/", "1");
        Offer switchedOff = world.directOffer("https://switched-off.example/", "1");
        Campaign byRedirect = world.campaign(world.draft(null, List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(offer.id(), 1))))));
        Campaign direct = direct(List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(switchedOff.id(), 1)))));
        world.update(switchedOff, OfferDraft.of(world.workspaceId, "Switched off", "https://switched-off.example/",
                new Payout(PayoutMode.MANUAL, BigDecimal.ONE, Currency.getInstance("USD"))));

        APIGatewayV2HTTPResponse toRedirect = handler.handleRequest(event(Map.of("campaign", byRedirect.id(), "offer", offer.id())), null);
        APIGatewayV2HTTPResponse toSwitchedOff = handler.handleRequest(event(Map.of("campaign", direct.id(), "offer", switchedOff.id())), null);

        assertThat(toRedirect.getStatusCode()).isEqualTo(404);
        assertThat(parse(toRedirect.getBody()).get("error")).contains("trackingType REDIRECT");
        assertThat(toSwitchedOff.getStatusCode()).isEqualTo(404);
        assertThat(parse(toSwitchedOff.getBody()).get("error")).contains("directTracking off");
    }

    @Test
    void register_onAClickCappedOfferPage_sendsTheVisitorsBeyondTheCapToItsFallbackOffer() {
        Offer spare = world.offer("https://spare.example/?cid={cf_click_id}", "1");
        Offer limited = world.offer(new OfferDraft(world.workspaceId, "Limited", null, null, null, false, true, "https://limited.example/",
                null, null, new Payout(PayoutMode.MANUAL, BigDecimal.ONE, Currency.getInstance("USD")), null,
                new Cap(true, CapMetric.CLICKS, CapPeriod.DAILY, 2, ZoneOffset.UTC, spare.id(), null)));
        Campaign campaign = direct(List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(limited.id(), 1)))));

        List<Map<String, String>> answers = new ArrayList<>();
        for (int visit = 0; visit < 3; visit++) {
            answers.add(parse(handler.handleRequest(event(Map.of("campaign", campaign.id(), "offer", limited.id())), null).getBody()));
        }

        assertThat(answers).extracting(answer -> answer.get("redirectUrl"))
                .containsExactly(null, null, "https://spare.example/?cid=" + answers.get(2).get("clickId"));
        assertThat(answers).extracting(answer -> repository.find(answer.get("clickId")).orElseThrow().offerId())
                .containsExactly(limited.id(), limited.id(), spare.id());
    }

    @Test
    void register_onAConversionCappedOfferPage_sendsTheVisitorToTheCapsFallbackUrl_withNoOfferOnTheVisit() {
        Offer capped = world.offer(new OfferDraft(world.workspaceId, "Capped", null, null, null, false, true, "https://capped.example/",
                null, null, new Payout(PayoutMode.MANUAL, BigDecimal.ONE, Currency.getInstance("USD")), null,
                new Cap(true, CapMetric.CONVERSIONS, CapPeriod.DAILY, 2, ZoneOffset.UTC, null, "https://cap-fallback.example/?c={campaign_id}")));
        world.reachCap(capped);
        Campaign campaign = direct(List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(capped.id(), 1)))));

        Map<String, String> answer = parse(handler.handleRequest(event(Map.of("campaign", campaign.id(), "offer", capped.id())), null).getBody());

        assertThat(answer).containsEntry("redirectUrl", "https://cap-fallback.example/?c=" + campaign.id());
        Visit visit = repository.find(answer.get("clickId")).orElseThrow();
        assertThat(visit.offerId()).isNull();
        assertThat(visit.campaignId()).isEqualTo(campaign.id());
    }

    @Test
    void register_answers400_toARequestThatCanNeverSucceed() {
        APIGatewayV2HTTPEvent notJson = event(Map.of());
        notJson.setBody("campaign=1");
        APIGatewayV2HTTPEvent tooLarge = event(Map.of("campaign", "c", "url", "x".repeat(DirectVisitHandler.MAX_BODY_BYTES)));

        for (APIGatewayV2HTTPEvent bad : List.of(notJson, tooLarge, event(Map.of("lander", "l")),
                event(Map.of("campaign", "c", "lander", "l", "offer", "o")))) {
            APIGatewayV2HTTPResponse response = handler.handleRequest(bad, null);

            assertThat(response.getStatusCode()).as(bad.getBody()).isEqualTo(400);
            assertThat(parse(response.getBody()).get("error")).isNotBlank();
        }
    }

    @Test
    void register_whenStorageFails_stillAnswersAClickId(TestDynamo dynamo) {
        Offer offer = world.directOffer("https://offer.example/", "1");
        Campaign campaign = direct(List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(offer.id(), 1)))));

        try (TrackingWorld broken = new TrackingWorld(dynamo, "no-such-events-table")) {
            APIGatewayV2HTTPResponse response = new DirectVisitHandler(broken.context)
                    .handleRequest(event(Map.of("campaign", campaign.id(), "offer", offer.id())), null);

            assertThat(response.getStatusCode()).isEqualTo(200);
            String clickId = parse(response.getBody()).get("clickId");
            assertThat(clickId).matches("[A-Za-z0-9_-]{22}");
            assertThat(repository.find(clickId)).isEmpty();
        }
    }

    private Campaign direct(List<CampaignPath> paths) {
        return world.campaign(new CampaignDraft(world.workspaceId, "Direct", null, TrackingType.DIRECT,
                CostModel.notTracked(Currency.getInstance("USD")), null, paths));
    }

    /** The fixture's POST with {@code fields} as its text/plain JSON body. */
    private static APIGatewayV2HTTPEvent event(Map<String, String> fields) {
        APIGatewayV2HTTPEvent event = Events.load("direct-visit.json", Map.of());
        event.setHeaders(new HashMap<>(event.getHeaders()));
        event.setBody(json(fields));
        return event;
    }

    private static String json(Map<String, String> fields) {
        try {
            return MAPPER.writeValueAsString(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> parse(String body) {
        try {
            return MAPPER.readValue(body, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
