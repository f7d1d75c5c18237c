package io.offerline.api;

import graphql.schema.idl.RuntimeWiring;
import io.offerline.api.fetch.OutboundPostbacksFetcher;
import io.offerline.core.outbound.OutboundLog;

/** The log of postbacks sent to traffic sources. */
public final class OutboundWiring implements SchemaWiring {

    private final OutboundLog log;

    public OutboundWiring(OutboundLog log) {
        this.log = log;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type.dataFetcher("outboundPostbacks", new OutboundPostbacksFetcher(log)));
    }
}
