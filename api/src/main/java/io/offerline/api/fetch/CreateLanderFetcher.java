package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.lander.Lander;
import io.offerline.core.lander.LanderService;

/** {@code createLander(input)}. */
public final class CreateLanderFetcher implements DataFetcher<Lander> {

    private final LanderService landers;

    public CreateLanderFetcher(LanderService landers) {
        this.landers = landers;
    }

    @Override
    public Lander get(DataFetchingEnvironment environment) {
        return landers.create(RequestScope.principal(environment), LanderInputs.draft(environment.getArgument("input")));
    }
}
