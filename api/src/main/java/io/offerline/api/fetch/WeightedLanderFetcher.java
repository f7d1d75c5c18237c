package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.core.campaign.WeightedLander;
import io.offerline.core.lander.Lander;
import java.util.concurrent.CompletableFuture;

/** {@code WeightedLander.lander}, through the per-request lander loader. */
public final class WeightedLanderFetcher implements DataFetcher<CompletableFuture<Lander>> {

    @Override
    public CompletableFuture<Lander> get(DataFetchingEnvironment environment) {
        WeightedLander weighted = environment.getSource();
        return environment.<String, Lander>getDataLoader(Loaders.LANDERS).load(weighted.landerId());
    }
}
