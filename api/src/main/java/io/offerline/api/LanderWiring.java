package io.offerline.api;

import graphql.schema.idl.RuntimeWiring;
import io.offerline.api.fetch.LanderInputs;
import io.offerline.api.fetch.Loaders;
import io.offerline.core.campaign.WeightedLander;
import io.offerline.core.lander.LanderService;

/** Fetchers of landers, and of the lander behind a campaign path's weighted lander. */
public final class LanderWiring implements SchemaWiring {

    private final LanderService landers;

    public LanderWiring(LanderService landers) {
        this.landers = landers;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        new EntityFields<>("Lander", landers, (principal, input, found) -> LanderInputs.draft(input)).wire(wiring);
        wiring.type("WeightedLander", type -> type.dataFetcher("lander", Loaders.byId(Loaders.LANDERS, WeightedLander::landerId)));
    }
}
