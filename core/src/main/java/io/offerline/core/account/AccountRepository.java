package io.offerline.core.account;

import java.util.Optional;

/** Accounts by id. */
public interface AccountRepository {

    void save(Account account);

    Optional<Account> find(String accountId);
}
