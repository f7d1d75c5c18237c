package io.offerline.api;

import graphql.schema.idl.RuntimeWiring;
import io.offerline.api.fetch.PostbackLogFetcher;
import io.offerline.api.fetch.PostbackParametersFetcher;
import io.offerline.api.fetch.UploadConversionsFetcher;
import io.offerline.core.conversion.PostbackLog;
import io.offerline.core.conversion.PostbackService;
import java.time.Clock;

/** Fetchers of the postback log and conversion uploads. */
public final class ConversionWiring implements SchemaWiring {

    private final PostbackLog log;
    private final PostbackService postbacks;
    private final Clock clock;

    public ConversionWiring(PostbackLog log, PostbackService postbacks, Clock clock) {
        this.log = log;
        this.postbacks = postbacks;
        this.clock = clock;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type.dataFetcher("postbackLog", new PostbackLogFetcher(log)))
                .type("Mutation", type -> type.dataFetcher("uploadConversions", new UploadConversionsFetcher(postbacks, clock)))
                .type("PostbackLogEntry", type -> type.dataFetcher("parameters", new PostbackParametersFetcher()));
    }
}
