package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.report.Dimension;
import io.offerline.core.report.Metrics;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * {@code stats(from, to, timezone, conversionTime)} of an offer, campaign or network: its row of
 * the report grouped by its dimension. Every entity of a list with the same arguments shares one
 * report through the request's batch loader.
 */
public final class EntityStatsFetcher<T> implements DataFetcher<CompletableFuture<Metrics>> {

    private final Dimension dimension;
    private final Function<T, String> idOf;
    private final Function<T, String> workspaceOf;
    private final AccountRepository accounts;

    public EntityStatsFetcher(Dimension dimension, Function<T, String> idOf, Function<T, String> workspaceOf, AccountRepository accounts) {
        this.dimension = dimension;
        this.idOf = idOf;
        this.workspaceOf = workspaceOf;
        this.accounts = accounts;
    }

    @Override
    public CompletableFuture<Metrics> get(DataFetchingEnvironment environment) {
        T entity = environment.getSource();
        StatsRequest request = new StatsRequest(workspaceOf.apply(entity), dimension, idOf.apply(entity),
                ReportInputs.statsRange(environment.getArguments(), RequestAccount.of(environment, accounts).reportTimezone()));
        return Loaders.stats(environment, request).thenApply(ShownMetrics::of);
    }
}
