package io.offerline.api.fetch;

import io.offerline.core.account.Account;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.account.Principal;
import java.util.Currency;

/** The caller's reporting currency, the default of money inputs that name none. */
public final class AccountCurrency {

    private AccountCurrency() {
    }

    public static Currency of(AccountRepository accounts, Principal principal) {
        return account(accounts, principal).currency();
    }

    /** The caller's account, which exists while any of its keys opens the API. */
    static Account account(AccountRepository accounts, Principal principal) {
        return accounts.find(principal.accountId())
                .orElseThrow(() -> new IllegalStateException("API key of a missing account " + principal.accountId()));
    }
}
