package io.offerline.core.account;

import io.offerline.core.common.Names;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** Reads and changes the caller's own account. */
public final class AccountService {

    private final AccountRepository accounts;

    public AccountService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<Account> find(Principal principal) {
        return accounts.find(principal.accountId());
    }

    /**
     * Renames the account and sets its IP policy and default report timezone; owners and admins only.
     *
     * @param reportTimezone null keeps the current one
     */
    public Account update(Principal principal, String name, boolean truncateIps, ZoneId reportTimezone) {
        principal.requireAdmin();
        Account current = find(principal).orElseThrow(() -> new IllegalStateException("API key of a missing account " + principal.accountId()));
        Account updated = new Account(current.id(), Names.require("name", name), current.currency(), truncateIps, current.createdAt(),
                Objects.requireNonNullElse(reportTimezone, current.reportTimezone()));
        accounts.save(updated);
        return updated;
    }
}
