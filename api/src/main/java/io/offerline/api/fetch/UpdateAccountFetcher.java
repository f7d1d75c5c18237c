package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.account.Account;
import io.offerline.core.account.AccountService;
import java.util.Map;

/** {@code updateAccount(input)}: the caller's own account. */
public final class UpdateAccountFetcher implements DataFetcher<Account> {

    private final AccountService accounts;

    public UpdateAccountFetcher(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Account get(DataFetchingEnvironment environment) {
        Map<String, Object> input = environment.getArgument("input");
        return accounts.update(RequestScope.principal(environment), (String) input.get("name"), Boolean.TRUE.equals(input.get("truncateIps")));
    }
}
