package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.cost.CostUpdate;
import io.offerline.core.cost.CostUpdateRequest;
import io.offerline.core.cost.CostUpdateService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** {@code updateCost(input)}: records the update; the stats aggregator applies it to the cells. */
public final class UpdateCostFetcher implements DataFetcher<CostUpdate> {

    private final CostUpdateService costs;

    public UpdateCostFetcher(CostUpdateService costs) {
        this.costs = costs;
    }

    @Override
    @SuppressWarnings("unchecked")
    public CostUpdate get(DataFetchingEnvironment environment) {
        Map<String, Object> input = environment.getArgument("input");
        return costs.update(RequestScope.principal(environment), new CostUpdateRequest((String) input.get("campaignId"),
                (LocalDate) input.get("from"), (LocalDate) input.get("to"), (String) input.get("timezone"), (BigDecimal) input.get("amount"),
                (String) input.get("currency"), ReportInputs.filters((List<Map<String, Object>>) input.get("filters"))));
    }
}
