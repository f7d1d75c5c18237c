package io.offerline.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignPath;
import io.offerline.core.campaign.WeightedOffer;
import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.conversion.PostbackLog;
import io.offerline.core.conversion.PostbackLogEntry;
import io.offerline.core.conversion.PostbackOutcome;
import io.offerline.core.currency.ExchangeRates;
import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.network.AffiliateNetworkDraft;
import io.offerline.core.offer.Cap;
import io.offerline.core.offer.CapMetric;
import io.offerline.core.offer.CapPeriod;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.OfferDraft;
import io.offerline.core.offer.Payout;
import io.offerline.core.offer.PayoutMode;
import io.offerline.core.stats.Counters;
import io.offerline.core.tracking.Visit;
import io.offerline.core.tracking.VisitCost;
import io.offerline.core.tracking.VisitRepository;
import io.offerline.dynamodb.DynamoDbExtension;
import io.offerline.dynamodb.TestDynamo;
import io.offerline.testkit.EcbRatesFixture;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** Postbacks and pixels on the real engine: every outcome, network rules, statuses, duplicates, caps, the log. */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConversionFlowIT {

    private static final Pattern CLICK_ID = Pattern.compile("cid=([A-Za-z0-9_-]{22})");
    private static final Currency USD = Currency.getInstance("USD");

    private TrackingWorld world;
    private VisitHandler visits;
    private PostbackHandler postbacks;
    private PixelHandler pixels;

    @BeforeAll
    void start(TestDynamo dynamo) {
        world = new TrackingWorld(dynamo);
        visits = new VisitHandler(world.context);
        postbacks = new PostbackHandler(world.context);
        pixels = new PixelHandler(world.context);
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void postback_readsTheNetworksOwnParameterNames_asAliases() {
        Offer offer = networkOffer(draft("everflow", null, null, false), "1");
        String clickId = visit(offer);

        String outcome = postback(Map.of("cid", clickId, "payout_amount", "7.25", "transaction_id", "EF-1"));
        String again = postback(Map.of("cid", clickId, "txid", "EF-1"));

        assertThat(outcome).isEqualTo("ACCEPTED");
        assertThat(again).isEqualTo("DUPLICATE");
        assertThat(stats(offer).revenue()).isEqualByComparingTo("7.25");
    }

    @Test
    void postback_withANewTxid_isAnAdditionalConversion_andWithoutTxidOnlyOne() {
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}", "2");
        String clickId = visit(offer);

        List<String> outcomes = List.of(postback(Map.of("cid", clickId, "txid", "A")), postback(Map.of("cid", clickId, "txid", "B")),
                postback(Map.of("cid", clickId)), postback(Map.of("cid", clickId)));

        assertThat(outcomes).containsExactly("ACCEPTED", "ACCEPTED", "ACCEPTED", "DUPLICATE");
        assertThat(stats(offer).conversions()).isEqualTo(3);
    }

    @Test
    void postbackWithoutTxid_countsEveryTime_whenTheNetworkAcceptsDuplicates() {
        Offer offer = networkOffer(draft("custom", null, null, true), "1");
        String clickId = visit(offer);

        assertThat(List.of(postback(Map.of("cid", clickId)), postback(Map.of("cid", clickId)))).containsExactly("ACCEPTED", "ACCEPTED");
        assertThat(stats(offer).conversions()).isEqualTo(2);
    }

    @Test
    void postbackWithANewStatus_updatesTheConversion_andADeclineReversesItsRevenue() {
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}", "3");
        String clickId = visit(offer);

        List<String> outcomes = List.of(postback(Map.of("cid", clickId, "txid", "S-1", "status", "pending")),
                postback(Map.of("cid", clickId, "txid", "S-1", "status", "pending")),
                postback(Map.of("cid", clickId, "txid", "S-1", "status", "rejected")));

        assertThat(outcomes).containsExactly("ACCEPTED", "DUPLICATE", "STATUS_UPDATED");
        assertThat(stats(offer).conversions()).isZero();
        assertThat(stats(offer).revenue()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void postback_fromAnAddressOutsideTheAllowlist_isRefused_andChangesNothing() {
        Offer offer = networkOffer(draft("custom", List.of("203.0.113.0/24", "2001:db8::/32"), null, false), "1");
        String clickId = visit(offer);

        String outside = postback(Map.of("cid", clickId), "198.51.100.7");
        String inside = postback(Map.of("cid", clickId), "203.0.113.50");

        assertThat(List.of(outside, inside)).containsExactly("IP_NOT_ALLOWED", "ACCEPTED");
        assertThat(stats(offer).conversions()).isEqualTo(1);
    }

    @Test
    void postback_withoutTheRightSecret_isRefused() {
        Offer offer = networkOffer(draft("custom", null, "s3cret-value", false), "1");
        String clickId = visit(offer);

        List<String> outcomes = List.of(postback(Map.of("cid", clickId)), postback(Map.of("cid", clickId, "secret", "s3cret-valuX")),
                postback(Map.of("cid", clickId, "secret", "s3cret-value")));

        assertThat(outcomes).containsExactly("BAD_SECRET", "BAD_SECRET", "ACCEPTED");
    }

    @Test
    void postbackLog_neverHoldsTheSecret_rightWrongOrForAnUnknownClick() {
        Offer offer = networkOffer(draft("custom", null, "log-secret-value", false), "1");
        String clickId = visit(offer);

        postback(Map.of("cid", clickId, "secret", "log-secret-valuX"));
        postback(Map.of("cid", clickId, "secret", "log-secret-value"));
        postback(Map.of("cid", "unknown-click-with-secret", "secret", "log-secret-value"));

        PostbackLog log = world.context.getBean(PostbackLog.class);
        List<PostbackLogEntry> entries = new ArrayList<>(log.list(world.owner.accountId(), null, new PageRequest(100, null)).nodes());
        entries.addAll(log.list(null, null, new PageRequest(100, null)).nodes());
        List<PostbackLogEntry> withSecret = entries.stream().filter(entry -> entry.parameters().containsKey("secret")).toList();
        assertThat(withSecret).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(entry -> assertThat(entry.parameters()).containsEntry("secret", "[redacted]"));
        assertThat(entries).noneMatch(entry -> entry.toString().contains("log-secret"));
    }

    @Test
    void postback_forAClickOlderThanTheAttributionWindow_isExpired() {
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}", "1");
        Visit recent = world.context.getBean(VisitRepository.class).find(visit(offer)).orElseThrow();
        Instant old = world.clock.instant().minus(Duration.ofDays(31));
        Visit expired = new Visit("OLDOLDOLDOLDOLDOLDOLD1", recent.accountId(), recent.workspaceId(), recent.campaignId(), null,
                recent.pathName(), null, offer.id(), null, recent.visitor(), null, null, null, null, null, VisitCost.NONE, null, old, old.plus(Duration.ofDays(35)));
        world.context.getBean(VisitRepository.class).record(expired);

        assertThat(postback(Map.of("cid", expired.clickId()))).isEqualTo("EXPIRED_CLICK");
        assertThat(stats(offer).conversions()).isZero();
    }

    @Test
    void postback_forAClickOlderThanItsNetworksWindow_isExpired_butYoungerOnesCount() {
        AffiliateNetworkDraft weekly = new AffiliateNetworkDraft(world.workspaceId, "custom", "Weekly", null, null, null, null, null, 7,
                null, null, null);
        Offer offer = networkOffer(weekly, "1");
        Visit recent = world.context.getBean(VisitRepository.class).find(visit(offer)).orElseThrow();
        String eightDaysOld = recordVisitAged(recent, offer, Duration.ofDays(8), "EIGHTDAYSOLDEIGHTDAYS1");
        String sixDaysOld = recordVisitAged(recent, offer, Duration.ofDays(6), "SIXDAYSOLDSIXDAYSOLD12");

        assertThat(postback(Map.of("cid", eightDaysOld))).isEqualTo("EXPIRED_CLICK");
        assertThat(postback(Map.of("cid", sixDaysOld))).isEqualTo("ACCEPTED");
    }

    private String recordVisitAged(Visit template, Offer offer, Duration age, String clickId) {
        Instant at = world.clock.instant().minus(age);
        world.context.getBean(VisitRepository.class).record(new Visit(clickId, template.accountId(), template.workspaceId(),
                template.campaignId(), null, template.pathName(), null, offer.id(), offer.affiliateNetworkId(), template.visitor(), null,
                null, null, null, null, VisitCost.NONE, null, at, at.plus(Duration.ofDays(35))));
        return clickId;
    }

    @Test
    void postback_inAnotherCurrency_isConvertedWithTheLatestEcbRate_keepingTheOriginal() {
        EcbRatesFixture.saveTo(world.context.getBean(ExchangeRates.class));
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}", "1");
        String clickId = visit(offer);

        String outcome = postback(Map.of("cid", clickId, "payout", "10", "currency", "eur", "txid", "FX-1"));

        // The fixture's last day is 2026-11-25 with 1 EUR = 1.1676 USD; later days use it too.
        assertThat(outcome).isEqualTo("ACCEPTED");
        assertThat(stats(offer).revenue()).isEqualByComparingTo("11.676");
    }

    @Test
    void postback_inACurrencyWithoutRate_isNotRecorded() {
        EcbRatesFixture.saveTo(world.context.getBean(ExchangeRates.class));
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}", "1");
        String clickId = visit(offer);

        assertThat(postback(Map.of("cid", clickId, "payout", "3", "currency", "XAU"))).isEqualTo("NO_EXCHANGE_RATE");
        assertThat(postback(Map.of("cid", clickId, "status", "maybe"))).isEqualTo("INVALID_PARAMETER");
        assertThat(stats(offer).conversions()).isZero();
    }

    @Test
    void conversions_beyondTheCap_areRecordedAndFlagged_exactlyKWithin_whenManyRace() throws Exception {
        Offer offer = world.offer(new OfferDraft(world.workspaceId, "Capped", null, null, null, false, false,
                "https://offer.example/?cid={cf_click_id}", null, null, new Payout(PayoutMode.MANUAL, BigDecimal.ONE, USD), null,
                new Cap(true, CapMetric.CONVERSIONS, CapPeriod.DAILY, 3, ZoneOffset.UTC, null, "https://capped.example/")));
        List<String> clickIds = new ArrayList<>();
        for (int visitor = 0; visitor < 12; visitor++) {
            clickIds.add(visit(offer));
        }

        List<Callable<String>> senders = clickIds.stream().<Callable<String>>map(id -> () -> postback(Map.of("cid", id))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<String> outcomes = new ArrayList<>();
        try {
            for (Future<String> outcome : pool.invokeAll(senders)) {
                outcomes.add(outcome.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes.stream().filter("ACCEPTED"::equals).count()).isEqualTo(3);
        assertThat(outcomes.stream().filter("OVER_CAP"::equals).count()).isEqualTo(9);
        assertThat(stats(offer).conversions()).isEqualTo(12);
    }

    @Test
    void twentyIdenticalPostbacksAtOnce_giveExactlyOneConversion() throws Exception {
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}", "1");
        String clickId = visit(offer);
        List<Callable<String>> senders = new ArrayList<>();
        for (int sender = 0; sender < 20; sender++) {
            senders.add(() -> postback(Map.of("cid", clickId, "txid", "SAME")));
        }

        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<String> outcomes = new ArrayList<>();
        try {
            for (Future<String> outcome : pool.invokeAll(senders)) {
                outcomes.add(outcome.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).containsOnlyOnce("ACCEPTED");
        assertThat(stats(offer).conversions()).isEqualTo(1);
    }

    @Test
    void pixel_usesTheClickCookie_andAlwaysAnswersAGif() {
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}", "4");
        String clickId = visit(offer);
        APIGatewayV2HTTPEvent event = Events.load("postback.json", Map.of());
        event.setRawPath("/pixel.gif");
        event.setQueryStringParameters(Map.of("txid", "PX-1"));
        event.setCookies(List.of("ol_cid=" + clickId));

        APIGatewayV2HTTPResponse first = pixels.handleRequest(event, null);
        event.setCookies(null);
        APIGatewayV2HTTPResponse withoutClick = pixels.handleRequest(event, null);

        for (APIGatewayV2HTTPResponse response : List.of(first, withoutClick)) {
            assertThat(response.getStatusCode()).isEqualTo(200);
            assertThat(response.getHeaders()).containsEntry("Content-Type", "image/gif");
            assertThat(Base64.getDecoder().decode(response.getBody())).startsWith("GIF89a".getBytes());
        }
        assertThat(stats(offer).conversions()).isEqualTo(1);
    }

    @Test
    void pixel_withAnUnfilledClickIdMacro_usesTheCookie_andAnswersTheCallingOriginWithCredentials() {
        Offer offer = world.offer("https://offer.example/?cid={cf_click_id}", "4");
        String clickId = visit(offer);
        APIGatewayV2HTTPEvent event = Events.load("postback.json", Map.of());
        event.setRawPath("/pixel.gif");
        event.setQueryStringParameters(Map.of("cid", "{sub1}", "txid", "PX-2"));
        event.setCookies(List.of("ol_cid=" + clickId));
        event.getHeaders().put("origin", "https://shop.example");

        APIGatewayV2HTTPResponse response = pixels.handleRequest(event, null);
        event.getHeaders().put("origin", "https://shop.example\r\nSet-Cookie: x=1");
        APIGatewayV2HTTPResponse forged = pixels.handleRequest(event, null);

        assertThat(response.getHeaders()).containsEntry("Access-Control-Allow-Origin", "https://shop.example")
                .containsEntry("Access-Control-Allow-Credentials", "true").containsEntry("Vary", "Origin");
        assertThat(forged.getHeaders()).doesNotContainKeys("Access-Control-Allow-Origin", "Access-Control-Allow-Credentials");
        assertThat(stats(offer).conversions()).isEqualTo(1);
    }

    @Test
    void postbackLog_explainsRevenueZero_forAnAutoPayoutWithoutPayoutParameter() {
        Offer offer = world.offer(OfferDraft.of(world.workspaceId, "Auto", "https://offer.example/?cid={cf_click_id}",
                new Payout(PayoutMode.AUTO, null, USD)));
        String clickId = visit(offer);

        postback(Map.of("cid", clickId, "txid", "AUTO-1"));

        Page<PostbackLogEntry> log = world.context.getBean(PostbackLog.class).list(world.owner.accountId(), PostbackOutcome.ACCEPTED,
                new PageRequest(100, null));
        PostbackLogEntry entry = log.nodes().stream().filter(found -> clickId.equals(found.clickId())).findFirst().orElseThrow();
        assertThat(entry.reason()).contains("AUTO").contains("no payout parameter");
        assertThat(entry.parameters()).containsEntry("txid", "AUTO-1");
    }

    private Offer networkOffer(AffiliateNetworkDraft draft, String payout) {
        AffiliateNetwork network = world.network(draft);
        return world.offer(new OfferDraft(world.workspaceId, "Network offer", null, null, network.id(), false, false,
                "https://offer.example/?cid={cf_click_id}", null, null, new Payout(PayoutMode.MANUAL, new BigDecimal(payout), USD), null, null));
    }

    private AffiliateNetworkDraft draft(String template, List<String> allowlist, String secret, boolean acceptDuplicates) {
        return new AffiliateNetworkDraft(world.workspaceId, template, "Network " + template, null, null, null, null, acceptDuplicates, null,
                allowlist, secret, null);
    }

    private String visit(Offer offer) {
        Campaign campaign = world.campaign(world.draft(null, List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(offer.id(), 1))))));
        APIGatewayV2HTTPResponse redirect = visits.handleRequest(Events.load("visit.json", Map.of("CAMPAIGN_ID", campaign.id())), null);
        Matcher matcher = CLICK_ID.matcher(redirect.getHeaders().get("Location"));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private String postback(Map<String, String> parameters) {
        return postback(parameters, "203.0.113.50");
    }

    private String postback(Map<String, String> parameters, String sourceIp) {
        APIGatewayV2HTTPEvent event = Events.load("postback.json", Map.of());
        event.setQueryStringParameters(new HashMap<>(parameters));
        event.getRequestContext().getHttp().setSourceIp(sourceIp);
        String body = postbacks.handleRequest(event, null).getBody();
        Matcher outcome = Pattern.compile("\"outcome\":\"([A-Z_]+)\"").matcher(body);
        assertThat(outcome.find()).as(body).isTrue();
        return outcome.group(1);
    }

    private Counters stats(Offer offer) {
        return world.offerStats(offer.id());
    }
}
