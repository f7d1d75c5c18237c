package io.offerline.api;

import graphql.GraphQL;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.offerline.api.audit.AuditInstrumentation;
import io.offerline.api.audit.AuditWiring;
import io.offerline.api.audit.AuditedEntities;
import io.offerline.api.fetch.Loaders;
import io.offerline.api.fetch.ReportExport;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.account.AccountService;
import io.offerline.core.account.ApiKeys;
import io.offerline.core.audit.AuditTrail;
import io.offerline.core.campaign.CampaignService;
import io.offerline.core.conversion.ConversionTypes;
import io.offerline.core.cost.CostUpdateService;
import io.offerline.core.conversion.PostbackLog;
import io.offerline.core.conversion.PostbackService;
import io.offerline.core.lander.LanderService;
import io.offerline.core.network.AffiliateNetworkService;
import io.offerline.core.offer.OfferService;
import io.offerline.core.outbound.OutboundLog;
import io.offerline.core.report.ReportService;
import io.offerline.core.trafficsource.TrafficSourceService;
import io.offerline.core.workspace.UserService;
import io.offerline.core.workspace.WorkspaceService;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The API's GraphQL wiring and its one GraphQL instance, built once per warm function, on the
 * core services of {@code CoreServicesFactory}.
 */
@Factory
public class ApiFactory {

    @Singleton
    CoreWiring coreWiring(WorkspaceService workspaces, OfferService offers, CampaignService campaigns, AccountService accountService,
            AccountRepository accounts) {
        return new CoreWiring(workspaces, offers, campaigns, accountService, accounts);
    }

    @Singleton
    AccessWiring accessWiring(UserService users, ApiKeys apiKeys) {
        return new AccessWiring(users, apiKeys);
    }

    @Singleton
    ReportWiring reportWiring(ReportService reports, AccountRepository accounts) {
        return new ReportWiring(reports, accounts);
    }

    @Singleton
    CostWiring costWiring(CostUpdateService costs) {
        return new CostWiring(costs);
    }

    @Singleton
    NetworkWiring networkWiring(AffiliateNetworkService networks) {
        return new NetworkWiring(networks);
    }

    @Singleton
    LanderWiring landerWiring(LanderService landers) {
        return new LanderWiring(landers);
    }

    @Singleton
    TrafficSourceWiring trafficSourceWiring(TrafficSourceService trafficSources, AccountRepository accounts) {
        return new TrafficSourceWiring(trafficSources, accounts);
    }

    @Singleton
    ConversionWiring conversionWiring(PostbackLog log, PostbackService postbacks, ConversionTypes types, WorkspaceService workspaces,
            Clock clock) {
        return new ConversionWiring(log, postbacks, types, workspaces, clock);
    }

    @Singleton
    OutboundWiring outboundWiring(OutboundLog log) {
        return new OutboundWiring(log);
    }

    @Singleton
    AuditWiring auditWiring(AuditTrail audit) {
        return new AuditWiring(audit);
    }

    /** Every mutation is audited with its entity's fields before and after; these read the before. */
    @Singleton
    AuditInstrumentation auditInstrumentation(AuditTrail audit, AccountRepository accounts, WorkspaceService workspaces, ConversionTypes types,
            OfferService offers, CampaignService campaigns, AffiliateNetworkService networks, LanderService landers,
            TrafficSourceService trafficSources) {
        return new AuditInstrumentation(audit, AuditedEntities.of(accounts, workspaces, types, Map.of("Offer", offers, "Campaign", campaigns,
                "AffiliateNetwork", networks, "Lander", landers, "TrafficSource", trafficSources)));
    }

    /** Every {@link SchemaWiring} bean contributes its fetchers. */
    @Singleton
    GraphQL graphQL(List<SchemaWiring> wirings, AuditInstrumentation audit) {
        return new GraphQLFactory(wirings, audit).create();
    }

    @Singleton
    GraphQLHttp graphQLHttp(GraphQL graphQL, ApiKeys apiKeys, Loaders loaders, @Value("${offerline.public-base-url:}") String publicBaseUrl) {
        return new GraphQLHttp(graphQL, apiKeys, loaders, publicBaseUrl);
    }

    @Singleton
    Loaders loaders(WorkspaceService workspaces, OfferService offers, AffiliateNetworkService networks, LanderService landers,
            TrafficSourceService trafficSources, CampaignService campaigns, ReportService reports) {
        return new Loaders(workspaces, offers, networks, landers, trafficSources, campaigns, reports);
    }

    @Singleton
    ReportExportHttp reportExportHttp(GraphQL graphQL, ApiKeys apiKeys, ReportService reports, AccountRepository accounts, Loaders loaders) {
        return new ReportExportHttp(graphQL.getGraphQLSchema(), apiKeys, new ReportExport(reports, accounts, loaders));
    }
}
