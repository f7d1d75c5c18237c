package io.offerline.api;

import graphql.schema.idl.RuntimeWiring;

/** One area's fetchers (workspaces and offers, networks, ...), added to the one runtime wiring. */
public interface SchemaWiring {

    void wire(RuntimeWiring.Builder wiring);
}
