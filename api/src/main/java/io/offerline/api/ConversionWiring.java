package io.offerline.api;

import graphql.schema.idl.RuntimeWiring;
import io.offerline.api.fetch.PostbackLogFetcher;
import io.offerline.api.fetch.PostbackParametersFetcher;
import io.offerline.core.conversion.PostbackLog;

/** Fetchers of the postback log. */
public final class ConversionWiring implements SchemaWiring {

    private final PostbackLog log;

    public ConversionWiring(PostbackLog log) {
        this.log = log;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type.dataFetcher("postbackLog", new PostbackLogFetcher(log)))
                .type("PostbackLogEntry", type -> type.dataFetcher("parameters", new PostbackParametersFetcher()));
    }
}
