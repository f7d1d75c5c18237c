package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.lander.Lander;
import io.offerline.core.lander.LanderService;

/** {@code updateLander(id, version, input)}: a stale version is a conflict. */
public final class UpdateLanderFetcher implements DataFetcher<Lander> {

    private final LanderService landers;

    public UpdateLanderFetcher(LanderService landers) {
        this.landers = landers;
    }

    @Override
    public Lander get(DataFetchingEnvironment environment) {
        int version = environment.getArgument("version");
        return landers.update(RequestScope.principal(environment), environment.getArgument("id"), version,
                LanderInputs.draft(environment.getArgument("input")));
    }
}
