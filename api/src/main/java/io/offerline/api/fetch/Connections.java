package io.offerline.api.fetch;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;

/** Relay connections ({@code edges { node cursor } pageInfo { hasNextPage endCursor }}) from pages. */
public final class Connections {

    private Connections() {
    }

    public static PageRequest pageRequest(DataFetchingEnvironment environment) {
        return PageRequest.of(environment.getArgument("first"), environment.getArgument("after"));
    }

    public static Map<String, Object> of(Page<?> page) {
        java.util.HashMap<String, Object> pageInfo = new java.util.HashMap<>();
        pageInfo.put("hasNextPage", page.hasNextPage());
        pageInfo.put("endCursor", page.endCursor());
        return Map.of(
                "edges", page.edges().stream().map(edge -> Map.of("node", edge.node(), "cursor", edge.cursor())).toList(),
                "pageInfo", pageInfo);
    }
}
