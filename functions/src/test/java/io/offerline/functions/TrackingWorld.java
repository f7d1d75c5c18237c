package io.offerline.functions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.offerline.core.account.ApiKeys;
import io.offerline.core.account.Principal;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.campaign.CampaignDraft;
import io.offerline.core.campaign.CampaignPath;
import io.offerline.core.campaign.CampaignService;
import io.offerline.core.campaign.CostModel;
import io.offerline.core.campaign.TrackingType;
import io.offerline.core.campaign.WeightedOffer;
import io.offerline.core.cap.CapCounters;
import io.offerline.core.cap.CapWindow;
import io.offerline.core.lander.Lander;
import io.offerline.core.lander.LanderDraft;
import io.offerline.core.lander.LanderService;
import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.network.AffiliateNetworkDraft;
import io.offerline.core.network.AffiliateNetworkService;
import io.offerline.core.offer.Offer;
import io.offerline.core.offer.OfferDraft;
import io.offerline.core.offer.OfferService;
import io.offerline.core.offer.Payout;
import io.offerline.core.offer.PayoutMode;
import io.offerline.core.stats.Counters;
import io.offerline.core.trafficsource.TrackingFieldParameter;
import io.offerline.core.trafficsource.TrafficSource;
import io.offerline.core.trafficsource.TrafficSourceDraft;
import io.offerline.core.trafficsource.TrafficSourceParameter;
import io.offerline.core.trafficsource.TrafficSourceService;
import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.dynamodb.AppliedStats;
import io.offerline.dynamodb.StorageGrants;
import io.offerline.dynamodb.TableNames;
import io.offerline.dynamodb.TestDynamo;
import io.offerline.dynamodb.TestTime;
import io.offerline.testkit.CapacityMeter;
import io.offerline.testkit.StorageCalls;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** An application context on the test's tables, and an account with offers and campaigns in it. */
final class TrackingWorld implements AutoCloseable {

    /** The click id an offer URL with {@code cid={cf_click_id}} carries. */
    private static final Pattern CLICK_ID = Pattern.compile("cid=([A-Za-z0-9_-]{22})");

    final ApplicationContext context;
    final Principal owner;
    final String workspaceId;
    /** The context's clock: it starts at {@code TestTime.NOW}. */
    final Clock clock;
    private final Instant startedAt;
    private final AppliedStats stats;
    private final AffiliateNetworkService networks;
    private final LanderService landers;
    private final TrafficSourceService trafficSources;
    private final OfferService offers;
    private final CampaignService campaigns;
    /** Every call a handler makes, checked on close against what the stack grants its function. */
    private final StorageCalls storageCalls = StorageGrants.recorder();

    TrackingWorld(TestDynamo dynamo) {
        this(dynamo, dynamo.tables().events());
    }

    /** A world whose DynamoDB client reports every call, seeding included, to {@code meter}. */
    TrackingWorld(TestDynamo dynamo, CapacityMeter meter) {
        this(dynamo, dynamo.tables().events(), meter);
    }

    /**
     * @param eventsTable the events table the functions write to; a missing one makes every event write fail
     * @param interceptors go on the context's DynamoDB client
     */
    TrackingWorld(TestDynamo dynamo, String eventsTable, ExecutionInterceptor... interceptors) {
        this(dynamo, eventsTable, TestTime.clock(), Map.of(), List.of(), interceptors);
    }

    /** A world with more configuration and beans of the test's own (a queue, a fake endpoint's settings). */
    TrackingWorld(TestDynamo dynamo, Map<String, Object> properties, Object... beans) {
        this(dynamo, dynamo.tables().events(), TestTime.clock(), properties, List.of(beans));
    }

    /** A world on {@code clock} (a {@code HandClock} lets a test move time on by months). */
    TrackingWorld(TestDynamo dynamo, Clock clock) {
        this(dynamo, dynamo.tables().events(), clock, Map.of(), List.of());
    }

    /**
     * @param contextClock the context's clock (a {@code HandClock} lets a test age the caches)
     * @param properties more configuration, such as a storage budget ({@code offerline.dynamodb.*})
     * @param beans more singletons, such as a log of unstored visits
     */
    TrackingWorld(TestDynamo dynamo, String eventsTable, Clock contextClock, Map<String, Object> properties, List<Object> beans,
            ExecutionInterceptor... interceptors) {
        Map<String, Object> configuration = new HashMap<>(Map.of(
                "dynamodb.endpoint", dynamo.endpoint(),
                "offerline.tables.config", dynamo.tables().config(),
                "offerline.tables.events", eventsTable,
                "offerline.tables.stats", dynamo.tables().stats(),
                "offerline.trust-cloudfront-viewer-country", "true"));
        configuration.putAll(properties);
        context = ApplicationContext.builder()
                .properties(configuration)
                .singletons((Object[]) interceptors)
                .singletons(beans.toArray())
                .singletons(storageCalls)
                .singletons(contextClock)
                .start();
        clock = context.getBean(Clock.class);
        startedAt = clock.instant();
        stats = new AppliedStats(dynamo);
        AccountBootstrap.Bootstrapped account = context.getBean(AccountBootstrap.class)
                .bootstrap("Test", Currency.getInstance("USD"), null);
        owner = context.getBean(ApiKeys.class).authenticate(account.apiKey()).orElseThrow();
        workspaceId = account.workspace().id();
        networks = context.getBean(AffiliateNetworkService.class);
        offers = context.getBean(OfferService.class);
        landers = context.getBean(LanderService.class);
        trafficSources = context.getBean(TrafficSourceService.class);
        campaigns = context.getBean(CampaignService.class);
    }

    Offer offer(String url, String payout) {
        return offers.create(owner, OfferDraft.of(workspaceId, "Offer", url,
                new Payout(PayoutMode.MANUAL, new BigDecimal(payout), Currency.getInstance("USD"))));
    }

    /** Counts the offer's cap up to its limit in the current window. */
    void reachCap(Offer offer) {
        CapCounters counters = context.getBean(CapCounters.class);
        CapCounters.CapKey key = new CapCounters.CapKey(offer.id(), CapWindow.of(offer.cap(), clock.instant()));
        while (counters.tryIncrementSpread(key, offer.cap().limit())) {
            // counts up to the limit
        }
    }

    /** An offer whose page runs dt.js: a DIRECT campaign may send visitors straight to it. */
    Offer directOffer(String url, String payout) {
        return offers.create(owner, new OfferDraft(workspaceId, "Direct offer", null, null, null, false, true, url, null, null,
                new Payout(PayoutMode.MANUAL, new BigDecimal(payout), Currency.getInstance("USD")), null, null));
    }

    /** An offer of a network made from {@code templateKey}, with append click id on. */
    Offer networkOffer(String url, String templateKey) {
        AffiliateNetwork network = networks.create(owner, new AffiliateNetworkDraft(workspaceId, templateKey, templateKey,
                null, null, null, null, null, null, null, null, null));
        return offers.create(owner, new OfferDraft(workspaceId, "Network offer", null, null, network.id(), true, false, url, null,
                null, new Payout(PayoutMode.MANUAL, BigDecimal.ONE, Currency.getInstance("USD")), null, null));
    }

    Offer offer(OfferDraft draft) {
        return offers.create(owner, draft);
    }

    Offer update(Offer offer, OfferDraft draft) {
        return offers.update(owner, offer.id(), offer.version(), draft);
    }

    AffiliateNetwork network(AffiliateNetworkDraft draft) {
        return networks.create(owner, draft);
    }

    Lander lander(String url) {
        return landers.create(owner, new LanderDraft(workspaceId, "Lander", url, 2, null, null));
    }

    TrafficSource trafficSource() {
        return trafficSources.create(owner, new TrafficSourceDraft(workspaceId, "Push network",
                new TrafficSourceParameter("clickid", "{clickid}"), new TrafficSourceParameter("cost", "{cost}"),
                List.of(new TrackingFieldParameter("zone", "zoneid", "{zoneid}"), new TrackingFieldParameter("site", "site", "{site}")),
                CostModel.notTracked(Currency.getInstance("USD")), null));
    }

    Campaign campaign(CampaignDraft draft) {
        return campaigns.create(owner, draft);
    }

    Campaign archive(Campaign campaign) {
        return campaigns.archive(owner, campaign.id(), campaign.version(), true);
    }

    /** A draft of a campaign in this world's workspace, with a fallback URL. */
    CampaignDraft draft(String trafficSourceId, List<CampaignPath> paths) {
        return new CampaignDraft(workspaceId, "Campaign", trafficSourceId, TrackingType.REDIRECT,
                CostModel.notTracked(Currency.getInstance("USD")), "https://fallback.example/?c={campaign_id}", paths);
    }

    /** A visit through a new campaign straight to {@code offer}, by the visit handler; its click id. */
    String visitTo(Offer offer) {
        Campaign campaign = campaign(draft(null, List.of(new CampaignPath("Main", 1, List.of(new WeightedOffer(offer.id(), 1))))));
        APIGatewayV2HTTPResponse redirect = new VisitHandler(context).handleRequest(Events.load("visit.json",
                Map.of("CAMPAIGN_ID", campaign.id())), null);
        Matcher clickId = CLICK_ID.matcher(redirect.getHeaders().get("Location"));
        if (!clickId.find()) {
            throw new AssertionError("no click id in " + redirect.getHeaders().get("Location"));
        }
        return clickId.group(1);
    }

    Campaign campaign(String name, Offer... targets) {
        List<WeightedOffer> weighted = List.of(targets).stream().map(offer -> new WeightedOffer(offer.id(), 1)).toList();
        return campaigns.create(owner, new CampaignDraft(workspaceId, name, null, TrackingType.REDIRECT,
                CostModel.notTracked(Currency.getInstance("USD")), null, List.of(new CampaignPath("Default", 1, weighted))));
    }

    /**
     * The offer's numbers in this world's stats cells once everything on the events stream is
     * applied, conversions at postback time, from a day before the world started to a day from now:
     * every event the handlers record, not older visits a test writes straight to the repository.
     */
    Counters offerStats(String offerId) {
        return stats.offer(workspaceId, offerId, startedAt.minus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(1)));
    }

    @Override
    public void close() {
        stats.close();
        try {
            StorageGrants.assertAllowed(storageCalls, context.getBean(TableNames.class));
        } finally {
            context.close();
        }
    }
}
