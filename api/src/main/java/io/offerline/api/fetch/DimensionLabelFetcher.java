package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.core.report.DimensionValue;
import java.util.concurrent.CompletableFuture;

/**
 * {@code DimensionValue.label}: an entity's name through the request's batch loaders (one read
 * for all rows), the value itself for other dimensions. An entity deleted or not visible keeps
 * its id as label.
 */
public final class DimensionLabelFetcher implements DataFetcher<CompletableFuture<String>> {

    @Override
    public CompletableFuture<String> get(DataFetchingEnvironment environment) {
        DimensionValue value = environment.getSource();
        if (value.value() == null || !value.dimension().isEntity()) {
            return CompletableFuture.completedFuture(value.value());
        }
        return Loaders.name(environment, value.dimension(), value.value())
                .thenApply(name -> name == null ? value.value() : name);
    }
}
