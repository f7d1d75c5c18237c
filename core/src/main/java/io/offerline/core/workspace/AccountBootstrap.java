package io.offerline.core.workspace;

import io.offerline.core.account.Account;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.account.ApiKeys;
import io.offerline.core.account.Principal;
import io.offerline.core.account.Role;
import io.offerline.core.account.User;
import io.offerline.core.account.UserInput;
import io.offerline.core.account.UserRepository;
import io.offerline.core.common.Ids;
import java.time.Clock;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;

/** Creates an account with its first owner, a first workspace and the owner's API key. */
public final class AccountBootstrap {

    /** What the key opens and whose it is; {@code apiKey} is the only copy of the plain key. */
    public record Bootstrapped(Account account, Workspace workspace, String ownerUserId, String apiKey) {
    }

    /** The first owner's email when the operator names none (the local stack). */
    public static final String DEFAULT_OWNER_EMAIL = "owner@localhost";

    private final AccountRepository accounts;
    private final WorkspaceRepository workspaces;
    private final UserRepository users;
    private final ApiKeys apiKeys;
    private final Clock clock;

    public AccountBootstrap(AccountRepository accounts, WorkspaceRepository workspaces, UserRepository users, ApiKeys apiKeys,
            Clock clock) {
        this.accounts = accounts;
        this.workspaces = workspaces;
        this.users = users;
        this.apiKeys = apiKeys;
        this.clock = clock;
    }

    /** Like {@link #bootstrap(String, Currency, String, String)} with the default owner email. */
    public Bootstrapped bootstrap(String accountName, Currency currency, String presetKey) {
        return bootstrap(accountName, currency, DEFAULT_OWNER_EMAIL, presetKey);
    }

    /**
     * @param presetKey the key to register, or null to generate one. A preset key that already
     *     opens an account (a restart against the same tables) keeps that account.
     */
    public Bootstrapped bootstrap(String accountName, Currency currency, String ownerEmail, String presetKey) {
        Optional<Bootstrapped> existing = existing(presetKey);
        if (existing.isPresent()) {
            return existing.get();
        }
        Account account = new Account(Ids.newId(), accountName, currency, false, clock.instant());
        accounts.save(account);
        Workspace workspace = new Workspace(Ids.newId(), account.id(), "Default", clock.instant());
        workspaces.save(workspace);
        UserInput ownerInput = new UserInput("Owner", ownerEmail, Role.OWNER, Set.of());
        User ownerUser = new User(Ids.newId(), account.id(), ownerInput.name(), ownerInput.email(), Role.OWNER, Set.of(), clock.instant(), null);
        users.save(ownerUser);
        Principal owner = Principal.of(ownerUser);
        if (presetKey == null || presetKey.isBlank()) {
            return new Bootstrapped(account, workspace, owner.userId(), apiKeys.issue(owner));
        }
        apiKeys.register(presetKey, owner);
        return new Bootstrapped(account, workspace, owner.userId(), presetKey);
    }

    private Optional<Bootstrapped> existing(String presetKey) {
        return apiKeys.authenticate(presetKey)
                .flatMap(principal -> accounts.find(principal.accountId())
                        .flatMap(account -> workspaces.listByAccount(account.id()).stream().findFirst()
                                .map(workspace -> new Bootstrapped(account, workspace, principal.userId(), presetKey))));
    }
}
