package io.offerline.core.account;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import java.util.Optional;

/** Accounts by id, and all of them for the stack's operators. */
public interface AccountRepository {

    void save(Account account);

    Optional<Account> find(String accountId);

    /** Every account of the deployment, oldest first. */
    Page<Account> list(PageRequest page);
}
