package io.offerline.api;

import graphql.schema.idl.RuntimeWiring;
import io.offerline.api.fetch.DimensionLabelFetcher;
import io.offerline.api.fetch.EntityStatsFetcher;
import io.offerline.api.fetch.ReportFetcher;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.campaign.Campaign;
import io.offerline.core.lander.Lander;
import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.offer.Offer;
import io.offerline.core.report.Dimension;
import io.offerline.core.report.ReportService;
import io.offerline.core.trafficsource.TrafficSource;

/** The report and the {@code stats} of offers, campaigns, networks, landers and traffic sources, all read from the same cells. */
public final class ReportWiring implements SchemaWiring {

    private final ReportService reports;
    private final AccountRepository accounts;

    public ReportWiring(ReportService reports, AccountRepository accounts) {
        this.reports = reports;
        this.accounts = accounts;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type.dataFetcher("report", new ReportFetcher(reports, accounts)))
                .type("DimensionValue", type -> type.dataFetcher("label", new DimensionLabelFetcher()))
                .type("Offer", type -> type.dataFetcher("stats",
                        new EntityStatsFetcher<>(Dimension.OFFER, Offer::id, Offer::workspaceId, accounts)))
                .type("Campaign", type -> type.dataFetcher("stats",
                        new EntityStatsFetcher<>(Dimension.CAMPAIGN, Campaign::id, Campaign::workspaceId, accounts)))
                .type("AffiliateNetwork", type -> type.dataFetcher("stats",
                        new EntityStatsFetcher<>(Dimension.AFFILIATE_NETWORK, AffiliateNetwork::id, AffiliateNetwork::workspaceId, accounts)))
                .type("Lander", type -> type.dataFetcher("stats",
                        new EntityStatsFetcher<>(Dimension.LANDER, Lander::id, Lander::workspaceId, accounts)))
                .type("TrafficSource", type -> type.dataFetcher("stats",
                        new EntityStatsFetcher<>(Dimension.TRAFFIC_SOURCE, TrafficSource::id, TrafficSource::workspaceId, accounts)));
    }
}
