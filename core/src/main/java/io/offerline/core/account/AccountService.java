package io.offerline.core.account;

import io.offerline.core.common.Names;
import io.offerline.core.common.TimeZones;
import io.offerline.core.common.Violations;
import java.time.ZoneId;
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
     * @param reportTimezone an IANA name; null keeps the current one
     */
    public Account update(Principal principal, String name, boolean truncateIps, String reportTimezone) {
        principal.requireAdmin();
        Account current = find(principal).orElseThrow(() -> new IllegalStateException("API key of a missing account " + principal.accountId()));
        Violations violations = new Violations();
        String validName = violations.valid("name", name, Names::require);
        ZoneId zone = reportTimezone == null ? current.reportTimezone() : violations.valid("reportTimezone", reportTimezone, TimeZones::require);
        violations.throwIfAny();
        Account updated = new Account(current.id(), validName, current.currency(), truncateIps, current.createdAt(), zone);
        accounts.save(updated);
        return updated;
    }
}
