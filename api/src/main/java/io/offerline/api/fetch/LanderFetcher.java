package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.lander.Lander;
import io.offerline.core.lander.LanderService;

/** {@code lander(id)}: null when missing or not visible to the caller. */
public final class LanderFetcher implements DataFetcher<Lander> {

    private final LanderService landers;

    public LanderFetcher(LanderService landers) {
        this.landers = landers;
    }

    @Override
    public Lander get(DataFetchingEnvironment environment) {
        return landers.find(RequestScope.principal(environment), environment.getArgument("id")).orElse(null);
    }
}
