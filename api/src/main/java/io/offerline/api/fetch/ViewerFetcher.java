package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.account.Account;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.account.Principal;
import io.offerline.core.account.Role;

/** {@code viewer}: the caller and their account. */
public final class ViewerFetcher implements DataFetcher<ViewerFetcher.Viewer> {

    /** The GraphQL {@code Viewer} type. */
    public record Viewer(String userId, Role role, Account account) {
    }

    private final AccountRepository accounts;

    public ViewerFetcher(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Viewer get(DataFetchingEnvironment environment) {
        Principal principal = RequestScope.principal(environment);
        Account account = accounts.find(principal.accountId())
                .orElseThrow(() -> new IllegalStateException("API key of a missing account " + principal.accountId()));
        return new Viewer(principal.userId(), principal.role(), account);
    }
}
