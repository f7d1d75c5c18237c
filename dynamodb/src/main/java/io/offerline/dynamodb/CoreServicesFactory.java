package io.offerline.dynamodb;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.account.AccountService;
import io.offerline.core.account.ApiKeyRepository;
import io.offerline.core.account.ApiKeys;
import io.offerline.core.account.UserRepository;
import io.offerline.core.audit.AuditLog;
import io.offerline.core.audit.AuditTrail;
import io.offerline.core.campaign.CampaignRepository;
import io.offerline.core.campaign.CampaignService;
import io.offerline.core.cap.CapCounters;
import io.offerline.core.cap.CapStatus;
import io.offerline.core.conversion.ConversionRecorder;
import io.offerline.core.conversion.ConversionRepository;
import io.offerline.core.conversion.ConversionTypeRepository;
import io.offerline.core.conversion.ConversionTypes;
import io.offerline.core.conversion.PostbackLog;
import io.offerline.core.conversion.PostbackService;
import io.offerline.core.cost.CostUpdateRepository;
import io.offerline.core.cost.CostUpdateService;
import io.offerline.core.currency.CurrencyConverter;
import io.offerline.core.currency.ExchangeRateRefresher;
import io.offerline.core.currency.ExchangeRates;
import io.offerline.core.currency.RatesFeed;
import io.offerline.core.currency.RevenueConverter;
import io.offerline.core.lander.LanderRepository;
import io.offerline.core.lander.LanderService;
import io.offerline.core.network.AffiliateNetworkRepository;
import io.offerline.core.network.AffiliateNetworkService;
import io.offerline.core.offer.OfferRepository;
import io.offerline.core.offer.OfferService;
import io.offerline.core.report.ReportService;
import io.offerline.core.stats.StatsCells;
import io.offerline.core.tracking.ClickService;
import io.offerline.core.tracking.CostPricing;
import io.offerline.core.tracking.DirectVisitService;
import io.offerline.core.tracking.RedirectService;
import io.offerline.core.tracking.TrackingConfig;
import io.offerline.core.tracking.UnstoredVisits;
import io.offerline.core.tracking.VisitRepository;
import io.offerline.core.tracking.VisitorDetection;
import io.offerline.core.trafficsource.TrafficSourceRepository;
import io.offerline.core.trafficsource.TrafficSourceService;
import io.offerline.core.workspace.AccountBootstrap;
import io.offerline.core.workspace.UserService;
import io.offerline.core.workspace.WorkspaceRepository;
import io.offerline.core.workspace.WorkspaceService;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Every core service, wired once: the tracking functions, the API and the local stack each
 * take theirs from an application context built on this factory, {@link DynamoFactory}'s
 * repositories and the deployable's own adapters (visitor detection, the rates feed, GraphQL).
 * Tests take their services from such a context too. Beans are made when first asked for, so a
 * deployable without an adapter (the API has no visitor detection, nor a log of unstored visits)
 * never builds what needs it.
 */
@Factory
public class CoreServicesFactory {

    @Singleton
    ApiKeys apiKeys(ApiKeyRepository repository, UserRepository users, Clock clock) {
        return new ApiKeys(repository, users, clock);
    }

    @Singleton
    UserService userService(UserRepository users, WorkspaceService workspaces, ApiKeys apiKeys, Clock clock) {
        return new UserService(users, workspaces, apiKeys, clock);
    }

    @Singleton
    AccountService accountService(AccountRepository accounts) {
        return new AccountService(accounts);
    }

    @Singleton
    AccountBootstrap accountBootstrap(AccountRepository accounts, WorkspaceRepository workspaces, UserRepository users, ApiKeys apiKeys,
            Clock clock) {
        return new AccountBootstrap(accounts, workspaces, users, apiKeys, clock);
    }

    @Singleton
    AuditTrail auditTrail(AuditLog log, Clock clock) {
        return new AuditTrail(log, clock);
    }

    @Singleton
    WorkspaceService workspaceService(WorkspaceRepository repository, Clock clock) {
        return new WorkspaceService(repository, clock);
    }

    // The workspace entities: offers, campaigns, affiliate networks, landers, traffic sources.

    @Singleton
    OfferService offerService(OfferRepository repository, WorkspaceService workspaces, AffiliateNetworkService networks, Clock clock) {
        return new OfferService(repository, workspaces, networks, clock);
    }

    @Singleton
    CampaignService campaignService(CampaignRepository repository, WorkspaceService workspaces, OfferService offers,
            LanderService landers, TrafficSourceService trafficSources, Clock clock) {
        return new CampaignService(repository, workspaces, offers, landers, trafficSources, clock);
    }

    @Singleton
    AffiliateNetworkService affiliateNetworkService(AffiliateNetworkRepository repository, WorkspaceService workspaces, Clock clock) {
        return new AffiliateNetworkService(repository, workspaces, clock);
    }

    @Singleton
    LanderService landerService(LanderRepository repository, WorkspaceService workspaces, Clock clock) {
        return new LanderService(repository, workspaces, clock);
    }

    @Singleton
    TrafficSourceService trafficSourceService(TrafficSourceRepository repository, WorkspaceService workspaces, Clock clock) {
        return new TrafficSourceService(repository, workspaces, clock);
    }

    // Reports.

    @Singleton
    ReportService reportService(WorkspaceService workspaces, StatsCells cells, CampaignService campaigns,
            TrafficSourceService trafficSources, Clock clock) {
        return new ReportService(workspaces, cells, campaigns, trafficSources, clock);
    }

    // Tracking: visits, clicks and caps.

    @Singleton
    TrackingConfig trackingConfig(CampaignRepository campaigns, OfferRepository offers, AffiliateNetworkRepository networks,
            LanderRepository landers, TrafficSourceRepository trafficSources, AccountRepository accounts, Clock clock) {
        return new TrackingConfig(campaigns, offers, networks, landers, trafficSources, accounts, clock);
    }

    @Singleton
    CapStatus capStatus(CapCounters counters, Clock clock) {
        return new CapStatus(counters, clock);
    }

    @Singleton
    CostPricing costPricing(TrackingConfig config, RevenueConverter converter) {
        return new CostPricing(config, converter);
    }

    @Singleton
    RedirectService redirectService(TrackingConfig config, VisitRepository visits, VisitorDetection detection, CapStatus caps,
            CostPricing pricing, UnstoredVisits unstored, Clock clock) {
        return new RedirectService(config, visits, detection, caps, pricing, unstored, clock);
    }

    @Singleton
    ClickService clickService(TrackingConfig config, VisitRepository visits, CapStatus caps, UnstoredVisits unstored, Clock clock) {
        return new ClickService(config, visits, caps, unstored, clock);
    }

    @Singleton
    DirectVisitService directVisitService(TrackingConfig config, VisitRepository visits, VisitorDetection detection, CapStatus caps,
            CostPricing pricing, UnstoredVisits unstored, Clock clock) {
        return new DirectVisitService(config, visits, detection, caps, pricing, unstored, clock);
    }

    // Conversions: they come in by postback and by upload through the same rules.

    @Singleton
    ConversionRecorder conversionRecorder(ConversionRepository conversions) {
        return new ConversionRecorder(conversions);
    }

    @Singleton
    ConversionTypes conversionTypes(ConversionTypeRepository repository, Clock clock) {
        return new ConversionTypes(repository, clock);
    }

    @Singleton
    PostbackService postbackService(TrackingConfig config, VisitRepository visits, ConversionRecorder recorder, RevenueConverter converter,
            PostbackLog log, ConversionTypes types, Clock clock) {
        return new PostbackService(config, visits, recorder, converter, log, types, clock);
    }

    // Cost updates: recorded here, applied to the cells by the stats aggregator.

    @Singleton
    CostUpdateService costUpdateService(CampaignService campaigns, AccountRepository accounts, CurrencyConverter currencies,
            CostUpdateRepository updates, Clock clock) {
        return new CostUpdateService(campaigns, accounts, currencies, updates, clock);
    }

    // Currencies.

    @Singleton
    CurrencyConverter currencyConverter(ExchangeRates rates, Clock clock,
            @Value("${offerline.exchange-rates.max-age-days:" + CurrencyConverter.MAX_RATE_AGE_DAYS + "}") int maxRateAgeDays) {
        return new CurrencyConverter(rates, clock, CurrencyConverter.CACHE_TTL, maxRateAgeDays);
    }

    /** Payouts converted to the account's currency with the ECB reference rate of the conversion's day. */
    @Singleton
    RevenueConverter revenueConverter(CurrencyConverter currencies) {
        return (amount, from, to, at) -> currencies.convert(amount, from, to, at)
                .map(converted -> new RevenueConverter.Converted(converted.amount(), converted.rate(), converted.rateDate()));
    }

    @Singleton
    ExchangeRateRefresher exchangeRateRefresher(RatesFeed feed, ExchangeRates rates) {
        return new ExchangeRateRefresher(feed, rates);
    }
}
