package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.account.Principal;
import io.offerline.core.outbound.OutboundFilter;
import io.offerline.core.outbound.OutboundLog;
import io.offerline.core.outbound.OutboundStatus;
import java.util.Map;

/**
 * {@code outboundPostbacks(filter, first, after)}: the postbacks the caller's account sent to its
 * traffic sources, newest conversion first. Owners and admins only, as for the postback log: the
 * log spans the account's workspaces.
 */
public final class OutboundPostbacksFetcher implements DataFetcher<Map<String, Object>> {

    private final OutboundLog log;

    public OutboundPostbacksFetcher(OutboundLog log) {
        this.log = log;
    }

    @Override
    public Map<String, Object> get(DataFetchingEnvironment environment) {
        Principal principal = RequestScope.principal(environment);
        principal.requireAdmin();
        Map<String, Object> filter = environment.getArgument("filter");
        return Connections.of(log.list(principal.accountId(), filter(filter), Connections.pageRequest(environment)));
    }

    private static OutboundFilter filter(Map<String, Object> input) {
        if (input == null) {
            return OutboundFilter.ALL;
        }
        String status = (String) input.get("status");
        return new OutboundFilter(status == null ? null : OutboundStatus.valueOf(status), (String) input.get("trafficSourceId"));
    }
}
