package io.offerline.api;

import graphql.schema.idl.RuntimeWiring;
import io.offerline.api.fetch.NetworkInputs;
import io.offerline.api.fetch.PostbackSecretFetcher;
import io.offerline.core.network.AffiliateNetworkService;
import io.offerline.core.network.AffiliateNetworkTemplates;

/** Fetchers of affiliate networks and their template catalogue. */
public final class NetworkWiring implements SchemaWiring {

    private final AffiliateNetworkService networks;

    public NetworkWiring(AffiliateNetworkService networks) {
        this.networks = networks;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        new EntityFields<>("AffiliateNetwork", networks, (principal, input, found) -> NetworkInputs.draft(input)).wire(wiring);
        wiring.type("Query", type -> type.dataFetcher("affiliateNetworkTemplates", environment -> AffiliateNetworkTemplates.all()))
                // Never the property: the secret is write-only.
                .type("AffiliateNetwork", type -> type.dataFetcher("postbackSecret", new PostbackSecretFetcher()));
    }
}
