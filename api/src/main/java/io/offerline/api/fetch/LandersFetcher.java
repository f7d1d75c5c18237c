package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.lander.LanderService;
import java.util.Map;

/** {@code landers(workspaceId, filter, first, after)}: a connection over one workspace's landers. */
public final class LandersFetcher implements DataFetcher<Map<String, Object>> {

    private final LanderService landers;

    public LandersFetcher(LanderService landers) {
        this.landers = landers;
    }

    @Override
    public Map<String, Object> get(DataFetchingEnvironment environment) {
        return Connections.of(landers.list(RequestScope.principal(environment), environment.getArgument("workspaceId"),
                Inputs.entityFilter(environment.getArgument("filter")), Connections.pageRequest(environment)));
    }
}
