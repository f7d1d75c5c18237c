package io.offerline.api;

import graphql.schema.idl.RuntimeWiring;
import io.offerline.api.fetch.AffiliateNetworkFetcher;
import io.offerline.api.fetch.AffiliateNetworkTemplatesFetcher;
import io.offerline.api.fetch.AffiliateNetworksFetcher;
import io.offerline.api.fetch.ArchiveAffiliateNetworkFetcher;
import io.offerline.api.fetch.CreateAffiliateNetworkFetcher;
import io.offerline.api.fetch.PostbackSecretFetcher;
import io.offerline.api.fetch.RestoreAffiliateNetworkFetcher;
import io.offerline.api.fetch.UpdateAffiliateNetworkFetcher;
import io.offerline.api.fetch.WorkspaceOfFetcher;
import io.offerline.core.network.AffiliateNetworkService;

/** Fetchers of affiliate networks and their template catalogue. */
public final class NetworkWiring implements SchemaWiring {

    private final AffiliateNetworkService networks;

    public NetworkWiring(AffiliateNetworkService networks) {
        this.networks = networks;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                        .dataFetcher("affiliateNetworks", new AffiliateNetworksFetcher(networks))
                        .dataFetcher("affiliateNetwork", new AffiliateNetworkFetcher(networks))
                        .dataFetcher("affiliateNetworkTemplates", new AffiliateNetworkTemplatesFetcher()))
                .type("Mutation", type -> type
                        .dataFetcher("createAffiliateNetwork", new CreateAffiliateNetworkFetcher(networks))
                        .dataFetcher("updateAffiliateNetwork", new UpdateAffiliateNetworkFetcher(networks))
                        .dataFetcher("archiveAffiliateNetwork", new ArchiveAffiliateNetworkFetcher(networks))
                        .dataFetcher("restoreAffiliateNetwork", new RestoreAffiliateNetworkFetcher(networks)))
                .type("AffiliateNetwork", type -> type
                        .dataFetcher("workspace", new WorkspaceOfFetcher())
                        // Never the property: the secret is write-only.
                        .dataFetcher("postbackSecret", new PostbackSecretFetcher()));
    }
}
