package io.offerline.core.operator;

import io.offerline.core.account.Account;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.account.ApiKeys;
import io.offerline.core.account.Principal;
import io.offerline.core.account.Role;
import io.offerline.core.account.User;
import io.offerline.core.account.UserRepository;
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
import java.time.Clock;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    private final UserRepository users;
    private final ApiKeys apiKeys;
    private final PostbackLog postbackLog;
    private final AuditTrail audit;
    private final Clock clock;

    public OperatorService(AccountBootstrap bootstrap, AccountRepository accounts, UserRepository users, ApiKeys apiKeys,
            PostbackLog postbackLog, AuditTrail audit, Clock clock) {
        this.bootstrap = bootstrap;
        this.accounts = accounts;
        this.users = users;
        this.apiKeys = apiKeys;
        this.postbackLog = postbackLog;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new account with its first owner; the result's key is the only copy. */
    public AccountBootstrap.Bootstrapped createAccount(String name, Currency currency, String ownerEmail) {
        if (ownerEmail == null || !EMAIL.matcher(ownerEmail.trim()).matches()) {
            throw new InvalidInputException("owner-email", "The owner's email address is required, such as owner@example.com.");
        }
        AccountBootstrap.Bootstrapped created = bootstrap.bootstrap(name, currency, ownerEmail.trim(), null);
        audit.record(Actor.operator(), created.account().id(), "create-account", "Account", created.account().id(), Map.of(),
                Map.of("name", created.account().name(), "currency", currency.getCurrencyCode(),
                        "ownerUserId", created.ownerUserId(), "ownerEmail", ownerEmail.trim()));
        return created;
    }

    /**
     * A new key for a user of the account, such as an owner who lost every key.
     *
     * @param userId an existing user of the account, or null for a new user of {@code role}
     * @return the key; it is shown only this once
     */
    public Issued createKey(String accountId, String userId, Role role) {
        Account account = accounts.find(accountId).orElseThrow(() -> new NotFoundException("account", "No account with id " + accountId + "."));
        User holder = userId == null ? newUser(account, role) : users.find(account.id(), userId)
                .orElseThrow(() -> new NotFoundException("user", "No user with id " + userId + " in account " + accountId + "."));
        ApiKeys.Issued issued = apiKeys.issue(holder, "offerline-admin", null);
        audit.record(Actor.operator(), account.id(), "create-key", "ApiKey", issued.apiKey().id(), Map.of(),
                Map.of("userId", holder.id(), "role", holder.role().name()));
        return new Issued(Principal.of(holder), issued.secretKey());
    }

    /** A user for a key asked for by role only; its email is a placeholder an owner replaces with updateUser. */
    private User newUser(Account account, Role role) {
        String id = Ids.newId();
        User user = new User(id, account.id(), "Added by offerline-admin", "user-" + id.toLowerCase(Locale.ROOT) + "@offerline-admin.invalid",
                role, Set.of(), clock.instant(), null);
        users.save(user);
        return user;
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
