package io.offerline.api.audit;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.api.fetch.Connections;
import io.offerline.core.audit.AuditFilter;
import io.offerline.core.audit.AuditTrail;
import java.time.Instant;
import java.util.Map;

/** {@code auditLog(filter, first, after)}: the account's changes, newest first; owners and admins only. */
public final class AuditLogFetcher implements DataFetcher<Map<String, Object>> {

    private final AuditTrail audit;

    public AuditLogFetcher(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public Map<String, Object> get(DataFetchingEnvironment environment) {
        Map<String, Object> filter = environment.getArgument("filter");
        return Connections.of(audit.list(RequestScope.principal(environment), filter(filter), Connections.pageRequest(environment)));
    }

    private static AuditFilter filter(Map<String, Object> input) {
        if (input == null) {
            return AuditFilter.ALL;
        }
        return new AuditFilter((String) input.get("userId"), (String) input.get("entityId"), (Instant) input.get("from"),
                (Instant) input.get("to"));
    }
}
