package io.offerline.api;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.offerline.api.fetch.PostbackLogFetcher;
import io.offerline.api.fetch.PostbackParametersFetcher;
import io.offerline.api.fetch.UploadConversionsFetcher;
import io.offerline.core.conversion.ConversionType;
import io.offerline.core.conversion.ConversionTypes;
import io.offerline.core.conversion.PostbackLog;
import io.offerline.core.conversion.PostbackService;
import io.offerline.core.workspace.WorkspaceService;
import java.time.Clock;
import java.util.Map;

/** Fetchers of the postback log, conversion types and conversion uploads. */
public final class ConversionWiring implements SchemaWiring {

    private final PostbackLog log;
    private final PostbackService postbacks;
    private final ConversionTypes types;
    private final WorkspaceService workspaces;
    private final Clock clock;

    public ConversionWiring(PostbackLog log, PostbackService postbacks, ConversionTypes types, WorkspaceService workspaces, Clock clock) {
        this.log = log;
        this.types = types;
        this.postbacks = postbacks;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                        .dataFetcher("postbackLog", new PostbackLogFetcher(log))
                        .dataFetcher("conversionTypes", environment -> types.list(RequestScope.principal(environment))))
                .type("Mutation", type -> type
                        .dataFetcher("uploadConversions", new UploadConversionsFetcher(postbacks, workspaces, clock))
                        .dataFetcher("saveConversionType", this::saveConversionType))
                .type("PostbackLogEntry", type -> type.dataFetcher("parameters", new PostbackParametersFetcher()));
    }

    private ConversionType saveConversionType(DataFetchingEnvironment environment) {
        Map<String, Object> input = environment.getArgument("input");
        return types.save(RequestScope.principal(environment), (String) input.get("key"), (String) input.get("name"),
                Boolean.TRUE.equals(input.get("countsAsConversion")), Boolean.TRUE.equals(input.get("countsAsRevenue")));
    }
}
