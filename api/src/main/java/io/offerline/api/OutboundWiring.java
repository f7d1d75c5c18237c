package io.offerline.api;

import graphql.schema.idl.RuntimeWiring;
import io.offerline.api.fetch.OutboundPostbacksFetcher;
import io.offerline.core.outbound.OutboundLog;
import io.offerline.core.trafficsource.AdPlatformIntegration;
import java.util.Map;

/** The log of postbacks sent to traffic sources, and a source's ad platform integration with its token masked. */
public final class OutboundWiring implements SchemaWiring {

    private final OutboundLog log;

    public OutboundWiring(OutboundLog log) {
        this.log = log;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type.dataFetcher("outboundPostbacks", new OutboundPostbacksFetcher(log)))
                .type("AdPlatformIntegration", type -> type
                        .dataFetcher("accessToken", environment -> environment.<AdPlatformIntegration>getSource().accessToken().masked())
                        .dataFetcher("eventMapping", environment -> environment.<AdPlatformIntegration>getSource().events().entrySet().stream()
                                .map(event -> Map.of("conversionType", event.getKey(), "eventName", event.getValue())).toList()));
    }
}
