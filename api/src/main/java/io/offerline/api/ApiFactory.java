package io.offerline.api;

import graphql.GraphQL;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.offerline.api.fetch.Loaders;
import io.offerline.core.account.AccountBootstrap;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.account.ApiKeyRepository;
import io.offerline.core.account.ApiKeys;
import io.offerline.core.account.UserRepository;
import io.offerline.core.account.UserService;
import io.offerline.core.campaign.CampaignRepository;
import io.offerline.core.campaign.CampaignService;
import io.offerline.core.conversion.ConversionTypes;
import io.offerline.core.conversion.PostbackLog;
import io.offerline.core.conversion.PostbackService;
import io.offerline.core.lander.LanderRepository;
import io.offerline.core.lander.LanderService;
import io.offerline.core.network.AffiliateNetworkRepository;
import io.offerline.core.network.AffiliateNetworkService;
import io.offerline.core.offer.OfferRepository;
import io.offerline.core.offer.OfferService;
import io.offerline.core.report.ReportService;
import io.offerline.core.stats.StatsCells;
import io.offerline.core.trafficsource.TrafficSourceRepository;
import io.offerline.core.trafficsource.TrafficSourceService;
import io.offerline.core.workspace.WorkspaceRepository;
import io.offerline.core.workspace.WorkspaceService;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/** The API's services and its one GraphQL instance, built once per warm function. */
@Factory
public class ApiFactory {

    @Singleton
    ApiKeys apiKeys(ApiKeyRepository repository, UserRepository users, Clock clock) {
        return new ApiKeys(repository, users, clock);
    }

    @Singleton
    UserService userService(UserRepository users, WorkspaceService workspaces, ApiKeys apiKeys, Clock clock) {
        return new UserService(users, workspaces, apiKeys, clock);
    }

    @Singleton
    AccessWiring accessWiring(UserService users, ApiKeys apiKeys) {
        return new AccessWiring(users, apiKeys);
    }

    @Singleton
    WorkspaceService workspaceService(WorkspaceRepository repository, Clock clock) {
        return new WorkspaceService(repository, clock);
    }

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
    AccountBootstrap accountBootstrap(AccountRepository accounts, WorkspaceRepository workspaces, UserRepository users, ApiKeys apiKeys,
            Clock clock) {
        return new AccountBootstrap(accounts, workspaces, users, apiKeys, clock);
    }

    @Singleton
    CoreWiring coreWiring(WorkspaceService workspaces, OfferService offers, CampaignService campaigns, AccountRepository accounts) {
        return new CoreWiring(workspaces, offers, campaigns, accounts);
    }

    @Singleton
    ReportService reportService(WorkspaceService workspaces, StatsCells cells, Clock clock) {
        return new ReportService(workspaces, cells, clock);
    }

    @Singleton
    ReportWiring reportWiring(ReportService reports, AccountRepository accounts) {
        return new ReportWiring(reports, accounts);
    }

    @Singleton
    AffiliateNetworkService affiliateNetworkService(AffiliateNetworkRepository repository, WorkspaceService workspaces, Clock clock) {
        return new AffiliateNetworkService(repository, workspaces, clock);
    }

    @Singleton
    NetworkWiring networkWiring(AffiliateNetworkService networks) {
        return new NetworkWiring(networks);
    }

    @Singleton
    LanderService landerService(LanderRepository repository, WorkspaceService workspaces, Clock clock) {
        return new LanderService(repository, workspaces, clock);
    }

    @Singleton
    LanderWiring landerWiring(LanderService landers) {
        return new LanderWiring(landers);
    }

    @Singleton
    TrafficSourceService trafficSourceService(TrafficSourceRepository repository, WorkspaceService workspaces, Clock clock) {
        return new TrafficSourceService(repository, workspaces, clock);
    }

    @Singleton
    TrafficSourceWiring trafficSourceWiring(TrafficSourceService trafficSources, AccountRepository accounts) {
        return new TrafficSourceWiring(trafficSources, accounts);
    }

    @Singleton
    ConversionWiring conversionWiring(PostbackLog log, PostbackService postbacks, ConversionTypes types, Clock clock) {
        return new ConversionWiring(log, postbacks, types, clock);
    }

    /** Every {@link SchemaWiring} bean contributes its fetchers. */
    @Singleton
    GraphQL graphQL(List<SchemaWiring> wirings) {
        return new GraphQLFactory(wirings).create();
    }

    @Singleton
    GraphQLHttp graphQLHttp(GraphQL graphQL, ApiKeys apiKeys, WorkspaceService workspaces, OfferService offers,
            AffiliateNetworkService networks, LanderService landers, TrafficSourceService trafficSources,
            CampaignService campaigns, ReportService reports, @Value("${offerline.public-base-url:}") String publicBaseUrl) {
        Loaders loaders = new Loaders(workspaces, offers, networks, landers, trafficSources, campaigns, reports);
        return new GraphQLHttp(graphQL, apiKeys, loaders, publicBaseUrl);
    }
}
