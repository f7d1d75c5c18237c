package io.offerline.core.operator;

import io.offerline.core.account.Account;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.account.ApiKeys;
import io.offerline.core.account.Principal;
import io.offerline.core.account.Role;
import io.offerline.core.audit.Actor;
import io.offerline.core.audit.AuditTrail;
import io.offerline.core.common.Ids;
import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.NotFoundException;
import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import io.offerline.core.conversion.PostbackLog;
import io.offerline.core.conversion.PostbackLogEntry;
import io.offerline.core.conversion.PostbackOutcome;
import io.offerline.core.workspace.AccountBootstrap;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the stack's operators do outside the API, with their own AWS credentials: the first
 * account of a deployment, a key for a user who has none left, revoking a key, and what belongs
 * to no account. Every change is in the account's audit trail, made by {@link Actor#OPERATOR}.
 */
public final class OperatorService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final AccountBootstrap bootstrap;
    private final AccountRepository accounts;
    private final ApiKeys apiKeys;
    private final PostbackLog postbackLog;
    private final AuditTrail audit;

    public OperatorService(AccountBootstrap bootstrap, AccountRepository accounts, ApiKeys apiKeys, PostbackLog postbackLog,
            AuditTrail audit) {
        this.bootstrap = bootstrap;
        this.accounts = accounts;
        this.apiKeys = apiKeys;
        this.postbackLog = postbackLog;
        this.audit = audit;
    }

    /** A new account with its first owner; the result's key is the only copy. */
    public AccountBootstrap.Bootstrapped createAccount(String name, Currency currency, String ownerEmail) {
        if (ownerEmail == null || !EMAIL.matcher(ownerEmail.trim()).matches()) {
            throw new InvalidInputException("owner-email", "The owner's email address is required, such as owner@example.com.");
        }
        AccountBootstrap.Bootstrapped created = bootstrap.bootstrap(name, currency, null);
        audit.record(Actor.operator(), created.account().id(), "create-account", "Account", created.account().id(), Map.of(),
                Map.of("name", created.account().name(), "currency", currency.getCurrencyCode(),
                        "ownerUserId", created.ownerUserId(), "ownerEmail", ownerEmail.trim()));
        return created;
    }

    /**
     * A new key for a user of the account, such as an owner who lost every key.
     *
     * @param userId the user, or null for a new user of that role
     * @return the key; it is shown only this once
     */
    public Issued createKey(String accountId, String userId, Role role) {
        Account account = accounts.find(accountId).orElseThrow(() -> new NotFoundException("account", "No account with id " + accountId + "."));
        Principal principal = new Principal(account.id(), userId == null ? Ids.newId() : userId, role);
        String key = apiKeys.issue(principal);
        audit.record(Actor.operator(), account.id(), "create-key", "ApiKey", principal.userId(), Map.of(),
                Map.of("userId", principal.userId(), "role", role.name()));
        return new Issued(principal, key);
    }

    /** A key and whom it opens the API for. */
    public record Issued(Principal principal, String key) {
    }

    /** Revokes a key; empty when it opened nothing. */
    public Optional<Principal> revokeKey(String key) {
        Optional<Principal> principal = apiKeys.authenticate(key);
        if (principal.isEmpty() || !apiKeys.revoke(key)) {
            return Optional.empty();
        }
        Principal holder = principal.get();
        audit.record(Actor.operator(), holder.accountId(), "revoke-key", "ApiKey", holder.userId(),
                Map.of("userId", holder.userId(), "role", holder.role().name()), Map.of());
        return principal;
    }

    public Page<Account> listAccounts(PageRequest page) {
        return accounts.list(page);
    }

    /** Postbacks whose click is unknown: they belong to no account, so only operators read them. */
    public Page<PostbackLogEntry> unattributedPostbacks(PostbackOutcome outcome, PageRequest page) {
        return postbackLog.list(null, outcome, page);
    }
}
