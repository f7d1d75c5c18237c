package io.offerline.functions;

import static io.offerline.functions.Redirects.clickIdOf;
import static io.offerline.functions.Redirects.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.offerline.core.account.Account;
import io.offerline.core.account.AccountRepository;
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
import io.offerline.core.cap.CapCounters;
import io.offerline.core.common.InvalidInputException;
import io.offerline.core.lander.Lander;
import io.offerline.core.offer.Cap;
import io.offerline.core.offer.CapMetric;
import io.offerline.core.offer.CapPeriod;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.OfferDraft;
import io.offerline.core.offer.Payout;
import io.offerline.core.offer.PayoutMode;
import io.offerline.core.tracking.ClickTrail;
import io.offerline.core.tracking.Visit;
import io.offerline.core.tracking.VisitRepository;
import io.offerline.core.trafficsource.TrafficSource;
import io.offerline.core.visitor.DeviceType;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** The redirect path end to end on the real engine: rules, landers, clicks, cookies, caps, traffic-source values, failures. */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedirectFlowIT {

    private static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

    private TrackingWorld world;
    private VisitHandler visits;
    private ClickHandler clicks;
    private VisitRepository repository;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new TrackingWorld(dynamo);
        visits = new VisitHandler(world.context);
        clicks = new ClickHandler(world.context);
        repository = world.context.getBean(VisitRepository.class);
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void visit_takesThePathWhoseRulesMatch_andTheOthersByWeight() {
        Offer german = world.offer("https://offer.example/de?cid={cf_click_id}", "1");
        Offer rest = world.offer("https://offer.example/rest?cid={cf_click_id}", "1");
        Campaign campaign = world.campaign(world.draft(null, List.of(
                new CampaignPath("DACH mobile", 100, List.of(new PathRule(RuleDimension.COUNTRY, RuleOperator.IN, List.of("DE", "AT")),
                        new PathRule(RuleDimension.DEVICE_TYPE, RuleOperator.NOT_IN, List.of("DESKTOP"))), List.of(),
                        List.of(new WeightedOffer(german.id(), 1))),
                new CampaignPath("Rest", 100, List.of(new WeightedOffer(rest.id(), 1))))));

        String fromGermany = location(visit(campaign, Map.of("cloudfront-viewer-country", "DE")));
        String fromFrance = location(visit(campaign, Map.of("cloudfront-viewer-country", "FR")));

        assertThat(fromGermany).startsWith("https://offer.example/de?");
        assertThat(fromFrance).startsWith("https://offer.example/rest?");
        Visit recorded = repository.find(clickIdOf(fromGermany)).orElseThrow();
        assertThat(recorded.visitor().country()).isEqualTo("DE");
        assertThat(recorded.visitor().deviceType()).isEqualTo(DeviceType.MOBILE);
        assertThat(recorded.pathName()).isEqualTo("DACH mobile");
    }

    @Test
    void visit_toALander_setsTheClickCookie_andTheLandersClickSendsToTheNthOffer() {
        Offer first = world.offer("https://offer.example/one?cid={cf_click_id}&l={lander_id}", "1");
        Offer second = world.offer("https://offer.example/two?cid={cf_click_id}", "1");
        Lander lander = world.lander("https://lander.example/quiz?cid={cf_click_id}&l={lander_id}");
        Campaign campaign = world.campaign(world.draft(null, List.of(new CampaignPath("Quiz", 1, List.of(),
                List.of(new WeightedLander(lander.id(), 1)), List.of(new WeightedOffer(first.id(), 1), new WeightedOffer(second.id(), 1))))));

        APIGatewayV2HTTPResponse landed = visits.handleRequest(visitEvent(campaign, Map.of()), null);

        String clickId = clickIdOf(location(landed));
        assertThat(location(landed)).isEqualTo("https://lander.example/quiz?cid=" + clickId + "&l=" + lander.id());
        assertThat(landed.getCookies()).singleElement().asString()
                .isEqualTo("ol_cid=" + clickId + "; Path=/; Max-Age=3024000; HttpOnly; SameSite=None; Secure");
        assertThat(repository.find(clickId).orElseThrow().landerId()).isEqualTo(lander.id());

        String toFirst = location(clicks.handleRequest(clickEvent("1", null, "ol_cid=" + clickId), null));
        String toSecond = location(clicks.handleRequest(clickEvent("2", clickId, null), null));
        clicks.handleRequest(clickEvent("2", clickId, null), null);

        assertThat(toFirst).isEqualTo("https://offer.example/one?cid=" + clickId + "&l=" + lander.id());
        assertThat(toSecond).isEqualTo("https://offer.example/two?cid=" + clickId);
        ClickTrail trail = repository.trail(clickId).orElseThrow();
        assertThat(trail.clicks()).extracting(click -> click.offerId()).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(trail.offerId()).contains(second.id());
    }

    @Test
    void visit_overPlainHttp_setsTheClickCookieSameSiteLax_withoutSecure() {
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}", "1");
        Campaign campaign = world.campaign(world.draft(null, List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(offer.id(), 1))))));

        APIGatewayV2HTTPResponse overHttp = visit(campaign, Map.of("x-forwarded-proto", "http"));

        String clickId = clickIdOf(location(overHttp));
        assertThat(overHttp.getCookies()).containsExactly("ol_cid=" + clickId + "; Path=/; Max-Age=3024000; HttpOnly; SameSite=Lax");
    }

    @Test
    void visit_toADirectCampaignsUrl_stillRedirects_andRecordsTheVisit() {
        Offer offer = world.directOffer("https://offer.example/?cid={cf_click_id}", "1");
        Campaign campaign = world.campaign(new CampaignDraft(world.workspaceId, "Direct", null, TrackingType.DIRECT,
                CostModel.notTracked(Currency.getInstance("USD")), null, List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(offer.id(), 1))))));

        APIGatewayV2HTTPResponse response = visit(campaign, Map.of());

        assertThat(response.getStatusCode()).isEqualTo(302);
        assertThat(repository.find(clickIdOf(location(response))).orElseThrow().offerId()).isEqualTo(offer.id());
    }

    @Test
    void click_withoutAKnownVisit_answersAnErrorPage() {
        APIGatewayV2HTTPResponse unknown = clicks.handleRequest(clickEvent(null, "AAAAAAAAAAAAAAAAAAAAAA", null), null);
        APIGatewayV2HTTPResponse none = clicks.handleRequest(clickEvent(null, null, null), null);

        assertThat(unknown.getStatusCode()).isEqualTo(404);
        assertThat(none.getStatusCode()).isEqualTo(404);
        assertThat(unknown.getBody()).contains("expired");
    }

    @Test
    void visit_storesTheTrafficSourcesValues_andFillsTheirTokensEncoded() {
        TrafficSource source = world.trafficSource();
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}&z={trackingField1}&s={trackingField2}&x={external_id}"
                + "&c={cost}&r={referrer_domain}&u={user_agent}", "1");
        Campaign campaign = world.campaign(world.draft(source.id(), List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(offer.id(), 1))))));
        String awkward = "a b&c=d#e\r\né/?";

        String location = location(visit(campaign, Map.of(), Map.of("clickid", "ts-991", "cost", "0.0042", "zoneid", awkward,
                "site", "{site}", "url", "https://evil.example/")));

        URI uri = URI.create(location);
        assertThat(uri.getHost()).isEqualTo("offer.example");
        Map<String, String> query = decodedQuery(uri);
        assertThat(query).containsEntry("z", awkward).containsEntry("s", "").containsEntry("x", "ts-991").containsEntry("c", "0.0042")
                .containsEntry("r", "publisher.example").doesNotContainValue("https://evil.example/");
        Visit visit = repository.find(query.get("cid")).orElseThrow();
        assertThat(visit.trafficSourceId()).isEqualTo(source.id());
        assertThat(visit.externalId()).isEqualTo("ts-991");
        assertThat(visit.cost()).isEqualByComparingTo("0.0042");
        assertThat(visit.trackingFields()).containsExactly(awkward, null);
    }

    @Test
    void visit_fillsTheVisitorsNetworkTokens_fromTheAddressItCameFrom() {
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}&isp={isp}&ct={connection_type}&r={region}&c={city}", "1");
        Campaign campaign = world.campaign(world.draft(null, List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(offer.id(), 1))))));
        APIGatewayV2HTTPEvent event = visitEvent(campaign, Map.of());
        event.getRequestContext().getHttp().setSourceIp("8.8.8.8");

        URI location = URI.create(location(visits.handleRequest(event, null)));

        assertThat(location.getRawQuery()).contains("&isp=Google%20LLC&ct=hosting&r=&c=");
        assertThat(repository.find(decodedQuery(location).get("cid")).orElseThrow().visitor().isp()).isEqualTo("Google LLC");
    }

    @Test
    void visit_cannotBeSentElsewhereByTheRequest() {
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}", "1");
        Campaign campaign = world.campaign(world.draft(null, List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(offer.id(), 1))))));

        for (Map<String, String> attempt : List.of(Map.of("url", "https://evil.example"), Map.of("redirect", "//evil.example"),
                Map.of("lp", "javascript:alert(1)"), Map.of("cid", "\r\nLocation: https://evil.example"))) {
            URI location = URI.create(location(visit(campaign, Map.of(), attempt)));
            assertThat(location.getHost()).as(attempt.toString()).isEqualTo("offer.example");
        }
    }

    @Test
    void visit_cannotChooseTheHost_throughATokenOfTheTemplate() {
        assertThatThrownBy(() -> world.offer("https://{trackingField1}/", "1")).isInstanceOf(InvalidInputException.class)
                .satisfies(error -> assertThat(((InvalidInputException) error).field()).isEqualTo("url"));
        TrafficSource source = world.trafficSource();
        Offer offer = world.offer("https://offer.example/{trackingField1}?z={trackingField1}#{trackingField1}", "1");
        Campaign campaign = world.campaign(world.draft(source.id(), List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(offer.id(), 1))))));

        for (String zone : List.of("evil.example", "@evil.example", "/evil.example", "//evil.example/", "%2F%2Fevil.example",
                "\\evil.example", ":80@evil.example", "https://evil.example/")) {
            URI location = URI.create(location(visit(campaign, Map.of(), Map.of("zoneid", zone))));
            assertThat(location.getScheme()).as(zone).isEqualTo("https");
            assertThat(location.getRawAuthority()).as(zone).isEqualTo("offer.example");
        }
    }

    @Test
    void visit_followsTheCapFallbackChain_offerThenUrlThenCampaign() {
        Offer spare = world.offer("https://spare.example/?cid={cf_click_id}", "1");
        Offer cappedToSpare = world.offer(capped("https://capped.example/a", spare.id(), null, CapMetric.CONVERSIONS));
        Offer cappedToUrl = world.offer(capped("https://capped.example/b", null, "https://cap-fallback.example/?c={campaign_id}", CapMetric.CONVERSIONS));
        Offer cappedToCampaign = world.offer(capped("https://capped.example/c", null, null, CapMetric.CONVERSIONS));
        for (Offer offer : List.of(cappedToSpare, cappedToUrl, cappedToCampaign)) {
            world.reachCap(offer);
        }

        Campaign toSpare = world.campaign(world.draft(null, List.of(new CampaignPath("A", 1, List.of(new WeightedOffer(cappedToSpare.id(), 1))))));
        Campaign toUrl = world.campaign(world.draft(null, List.of(new CampaignPath("B", 1, List.of(new WeightedOffer(cappedToUrl.id(), 1))))));
        Campaign toCampaign = world.campaign(world.draft(null, List.of(new CampaignPath("C", 1, List.of(new WeightedOffer(cappedToCampaign.id(), 1))))));

        assertThat(location(visit(toSpare, Map.of()))).startsWith("https://spare.example/?cid=");
        assertThat(location(visit(toUrl, Map.of()))).isEqualTo("https://cap-fallback.example/?c=" + toUrl.id());
        assertThat(location(visit(toCampaign, Map.of()))).isEqualTo("https://fallback.example/?c=" + toCampaign.id());
    }

    @Test
    void visit_enforcesAClickCapOnTheRedirectItself() {
        Offer spare = world.offer("https://spare.example/?cid={cf_click_id}", "1");
        Offer limited = world.offer(capped("https://limited.example/?cid={cf_click_id}", spare.id(), null, CapMetric.CLICKS));
        Campaign campaign = world.campaign(world.draft(null, List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(limited.id(), 1))))));

        List<String> hosts = new ArrayList<>();
        for (int visit = 0; visit < 4; visit++) {
            hosts.add(URI.create(location(visit(campaign, Map.of()))).getHost());
        }

        assertThat(hosts).containsExactly("limited.example", "limited.example", "spare.example", "spare.example");
    }

    @Test
    void visit_toAnArchivedCampaign_goesToItsFallbackUrl_andRecordsNothing() {
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}", "1");
        Campaign campaign = world.archive(world.campaign(world.draft(null, List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(offer.id(), 1)))))));

        APIGatewayV2HTTPResponse response = visit(campaign, Map.of());

        assertThat(response.getStatusCode()).isEqualTo(302);
        assertThat(location(response)).isEqualTo("https://fallback.example/?c=" + campaign.id());
        assertThat(response.getCookies()).isNull();
    }

    @Test
    void visit_flagsBots_andPrefetches() {
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}", "1");
        Campaign campaign = world.campaign(world.draft(null, List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(offer.id(), 1))))));

        Visit bot = repository.find(clickIdOf(location(visit(campaign, Map.of("user-agent", GOOGLEBOT))))).orElseThrow();
        Visit prefetch = repository.find(clickIdOf(location(visit(campaign, Map.of("sec-purpose", "prefetch"))))).orElseThrow();
        Visit person = repository.find(clickIdOf(location(visit(campaign, Map.of())))).orElseThrow();

        assertThat(bot.visitor().bot()).isTrue();
        assertThat(prefetch.visitor().bot()).isTrue();
        assertThat(person.visitor().bot()).isFalse();
    }

    @Test
    void visit_storesAShortenedIp_whenTheAccountTruncatesIps(TestDynamo dynamo) {
        try (TrackingWorld truncating = new TrackingWorld(dynamo)) {
            AccountRepository accounts = truncating.context.getBean(AccountRepository.class);
            Account account = accounts.find(truncating.owner.accountId()).orElseThrow();
            accounts.save(new Account(account.id(), account.name(), account.currency(), true, account.createdAt()));
            Offer offer = truncating.offer("https://offer.example/?cid={cf_click_id}&ip={ip}", "1");
            Campaign campaign = truncating.campaign(truncating.draft(null,
                    List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(offer.id(), 1))))));

            String location = location(new VisitHandler(truncating.context).handleRequest(visitEvent(campaign, Map.of()), null));

            assertThat(location).endsWith("&ip=198.51.100.0");
            assertThat(truncating.context.getBean(VisitRepository.class).find(clickIdOf(location)).orElseThrow().ip())
                    .isEqualTo("198.51.100.0");
        }
    }

    @Test
    void visit_whenStorageFails_stillRedirectsToTheOffer(TestDynamo dynamo) {
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}", "1");
        Campaign campaign = world.campaign(world.draft(null, List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(offer.id(), 1))))));

        try (TrackingWorld broken = new TrackingWorld(dynamo, "no-such-events-table")) {
            APIGatewayV2HTTPResponse response = new VisitHandler(broken.context).handleRequest(visitEvent(campaign, Map.of()), null);

            assertThat(response.getStatusCode()).isEqualTo(302);
            assertThat(location(response)).startsWith("https://offer.example/?cid=");
            assertThat(repository.find(clickIdOf(location(response)))).isEmpty();
        }
    }

    private OfferDraft capped(String url, String fallbackOfferId, String fallbackUrl, CapMetric metric) {
        return new OfferDraft(world.workspaceId, "Capped", null, null, null, false, false, url, null, null,
                new Payout(PayoutMode.MANUAL, BigDecimal.ONE, Currency.getInstance("USD")), null,
                new Cap(true, metric, CapPeriod.DAILY, 2, ZoneOffset.UTC, fallbackOfferId, fallbackUrl));
    }

    private APIGatewayV2HTTPResponse visit(Campaign campaign, Map<String, String> headers) {
        return visit(campaign, headers, Map.of());
    }

    private APIGatewayV2HTTPResponse visit(Campaign campaign, Map<String, String> headers, Map<String, String> query) {
        APIGatewayV2HTTPEvent event = visitEvent(campaign, headers);
        event.setQueryStringParameters(new HashMap<>(query));
        return visits.handleRequest(event, null);
    }

    private static APIGatewayV2HTTPEvent visitEvent(Campaign campaign, Map<String, String> headers) {
        APIGatewayV2HTTPEvent event = Events.load("visit.json", Map.of("CAMPAIGN_ID", campaign.id()));
        event.getHeaders().putAll(headers);
        return event;
    }

    private static APIGatewayV2HTTPEvent clickEvent(String n, String cid, String cookie) {
        APIGatewayV2HTTPEvent event = Events.load("click.json", Map.of());
        event.setPathParameters(n == null ? null : Map.of("n", n));
        event.setQueryStringParameters(cid == null ? null : Map.of("cid", cid));
        event.setCookies(cookie == null ? null : List.of(cookie));
        return event;
    }


    private static Map<String, String> decodedQuery(URI uri) {
        Map<String, String> query = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            query.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return query;
    }
}
