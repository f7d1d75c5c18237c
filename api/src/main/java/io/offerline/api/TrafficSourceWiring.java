package io.offerline.api;

import graphql.schema.idl.RuntimeWiring;
import io.offerline.api.fetch.ArchiveTrafficSourceFetcher;
import io.offerline.api.fetch.CampaignTrafficSourceFetcher;
import io.offerline.api.fetch.CreateTrafficSourceFetcher;
import io.offerline.api.fetch.TrafficSourceFetcher;
import io.offerline.api.fetch.TrafficSourceTrackingFieldsFetcher;
import io.offerline.api.fetch.TrafficSourcesFetcher;
import io.offerline.api.fetch.UpdateTrafficSourceFetcher;
import io.offerline.api.fetch.WorkspaceOfFetcher;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.trafficsource.TrafficSourceService;

/** Fetchers of traffic sources, and of a campaign's traffic source. */
public final class TrafficSourceWiring implements SchemaWiring {

    private final TrafficSourceService trafficSources;
    private final AccountRepository accounts;

    public TrafficSourceWiring(TrafficSourceService trafficSources, AccountRepository accounts) {
        this.trafficSources = trafficSources;
        this.accounts = accounts;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                        .dataFetcher("trafficSources", new TrafficSourcesFetcher(trafficSources))
                        .dataFetcher("trafficSource", new TrafficSourceFetcher(trafficSources)))
                .type("Mutation", type -> type
                        .dataFetcher("createTrafficSource", new CreateTrafficSourceFetcher(trafficSources, accounts))
                        .dataFetcher("updateTrafficSource", new UpdateTrafficSourceFetcher(trafficSources, accounts))
                        .dataFetcher("archiveTrafficSource", new ArchiveTrafficSourceFetcher(trafficSources, true))
                        .dataFetcher("restoreTrafficSource", new ArchiveTrafficSourceFetcher(trafficSources, false)))
                .type("TrafficSource", type -> type
                        .dataFetcher("workspace", new WorkspaceOfFetcher())
                        .dataFetcher("trackingFields", new TrafficSourceTrackingFieldsFetcher()))
                .type("Campaign", type -> type.dataFetcher("trafficSource", new CampaignTrafficSourceFetcher()));
    }
}
