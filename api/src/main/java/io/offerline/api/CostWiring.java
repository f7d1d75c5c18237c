package io.offerline.api;

import graphql.schema.idl.RuntimeWiring;
import io.offerline.api.fetch.UpdateCostFetcher;
import io.offerline.core.cost.CostUpdateService;

/** {@code updateCost}: a campaign's visit cost replaced after the fact. */
public final class CostWiring implements SchemaWiring {

    private final CostUpdateService costs;

    public CostWiring(CostUpdateService costs) {
        this.costs = costs;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Mutation", type -> type.dataFetcher("updateCost", new UpdateCostFetcher(costs)));
    }
}
