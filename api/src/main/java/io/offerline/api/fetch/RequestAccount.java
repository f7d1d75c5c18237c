package io.offerline.api.fetch;

import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.account.Account;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.account.Principal;

/** The caller's account, read at most once per request however many fields need its settings. */
final class RequestAccount {

    private RequestAccount() {
    }

    static Account of(DataFetchingEnvironment environment, AccountRepository accounts) {
        Principal principal = RequestScope.principal(environment);
        return environment.getGraphQlContext().computeIfAbsent(RequestAccount.class, unused -> AccountCurrency.account(accounts, principal));
    }
}
