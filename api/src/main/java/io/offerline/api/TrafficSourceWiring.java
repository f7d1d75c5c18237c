package io.offerline.api;

import graphql.schema.idl.RuntimeWiring;
import io.offerline.api.fetch.AccountCurrency;
import io.offerline.api.fetch.Loaders;
import io.offerline.api.fetch.TrafficSourceInputs;
import io.offerline.api.fetch.TrafficSourceTrackingFieldsFetcher;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.campaign.Campaign;
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
        // A default cost model without currency is in the account's currency.
        new EntityFields<>("TrafficSource", trafficSources,
                (principal, input, found) -> TrafficSourceInputs.draft(input, AccountCurrency.of(accounts, principal), found)).wire(wiring);
        wiring.type("TrafficSource", type -> type.dataFetcher("trackingFields", new TrafficSourceTrackingFieldsFetcher()))
                .type("Campaign", type -> type.dataFetcher("trafficSource", Loaders.byId(Loaders.TRAFFIC_SOURCES, Campaign::trafficSourceId)));
    }
}
