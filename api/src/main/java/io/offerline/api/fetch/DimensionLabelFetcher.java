package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.core.report.DimensionValue;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoaderRegistry;

/**
 * {@code DimensionValue.label}: an entity's name through the request's batch loaders (one read
 * for all rows), the value itself for other dimensions. An entity deleted or not visible keeps
 * its id as label.
 */
public final class DimensionLabelFetcher implements DataFetcher<CompletableFuture<String>> {

    @Override
    public CompletableFuture<String> get(DataFetchingEnvironment environment) {
        return label(environment.getDataLoaderRegistry(), environment.getSource());
    }

    /** The label of {@code value} through {@code registry}, which answers once it is dispatched. */
    static CompletableFuture<String> label(DataLoaderRegistry registry, DimensionValue value) {
        if (value.value() == null || !value.dimension().isEntity()) {
            return CompletableFuture.completedFuture(value.value());
        }
        return Loaders.name(registry, value.dimension(), value.value())
                .thenApply(name -> name == null ? value.value() : name);
    }
}
