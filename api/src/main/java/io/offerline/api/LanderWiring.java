package io.offerline.api;

import graphql.schema.idl.RuntimeWiring;
import io.offerline.api.fetch.ArchiveLanderFetcher;
import io.offerline.api.fetch.CreateLanderFetcher;
import io.offerline.api.fetch.LanderFetcher;
import io.offerline.api.fetch.LandersFetcher;
import io.offerline.api.fetch.UpdateLanderFetcher;
import io.offerline.api.fetch.WeightedLanderFetcher;
import io.offerline.api.fetch.WorkspaceOfFetcher;
import io.offerline.core.lander.LanderService;

/** Fetchers of landers, and of the lander behind a campaign path's weighted lander. */
public final class LanderWiring implements SchemaWiring {

    private final LanderService landers;

    public LanderWiring(LanderService landers) {
        this.landers = landers;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                        .dataFetcher("landers", new LandersFetcher(landers))
                        .dataFetcher("lander", new LanderFetcher(landers)))
                .type("Mutation", type -> type
                        .dataFetcher("createLander", new CreateLanderFetcher(landers))
                        .dataFetcher("updateLander", new UpdateLanderFetcher(landers))
                        .dataFetcher("archiveLander", new ArchiveLanderFetcher(landers, true))
                        .dataFetcher("restoreLander", new ArchiveLanderFetcher(landers, false)))
                .type("Lander", type -> type.dataFetcher("workspace", new WorkspaceOfFetcher()))
                .type("WeightedLander", type -> type.dataFetcher("lander", new WeightedLanderFetcher()));
    }
}
