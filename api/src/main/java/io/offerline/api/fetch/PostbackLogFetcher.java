package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.account.Principal;
import io.offerline.core.common.InvalidInputException;
import io.offerline.core.conversion.PostbackLog;
import io.offerline.core.conversion.PostbackOutcome;
import java.util.Map;

/**
 * {@code postbackLog(outcome, unattributed, first, after)}: the caller's account's postbacks,
 * newest first. Postbacks whose click is unknown belong to no account, so no account may read
 * them: {@code unattributed: true} answers an error that points to {@code offerline-admin}.
 */
public final class PostbackLogFetcher implements DataFetcher<Map<String, Object>> {

    private final PostbackLog log;

    public PostbackLogFetcher(PostbackLog log) {
        this.log = log;
    }

    @Override
    public Map<String, Object> get(DataFetchingEnvironment environment) {
        Principal principal = RequestScope.principal(environment);
        // An entry names no workspace, so only a caller who sees every workspace may read the log.
        principal.requireAdmin();
        boolean unattributed = Boolean.TRUE.equals(environment.getArgument("unattributed"));
        if (unattributed) {
            throw new InvalidInputException("unattributed", "Postbacks of unknown clicks belong to no account; "
                    + "the stack's operators list them with offerline-admin postback-log --unattributed.");
        }
        String outcome = environment.getArgument("outcome");
        return Connections.of(log.list(principal.accountId(),
                outcome == null ? null : PostbackOutcome.valueOf(outcome), Connections.pageRequest(environment)));
    }
}
