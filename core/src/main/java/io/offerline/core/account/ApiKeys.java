package io.offerline.core.account;

import io.offerline.core.common.Ids;
import io.offerline.core.common.Names;
import io.offerline.core.common.NotFoundException;
import io.offerline.core.common.TtlCache;
import io.offerline.core.common.Violations;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Issues, lists and revokes users' API keys and resolves a presented key to its principal.
 *
 * <p>A key is {@code ol_} and 32 random bytes (256 bits) and only its SHA-256 is stored. A slow
 * password hash would add nothing: it protects guessable secrets, and a key of 256 random bits
 * cannot be guessed from its hash, while one fast hash keeps every request's lookup a single read.
 *
 * <p>A warm function remembers a key it has resolved for {@link #CACHE_TTL}; it checks the
 * expiry on every request. So an expired key is refused from its expiry on, and a revoked key
 * within {@link #CACHE_TTL} (at once by the instance that revoked it).
 */
public final class ApiKeys {

    /** How long an instance trusts a resolved key; bounds how long a revoked key still opens the API. */
    public static final Duration CACHE_TTL = Duration.ofSeconds(30);
    /** {@code lastUsedAt} is written at most once per key in this time. */
    public static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private static final String PREFIX = "ol_";
    private static final int SHOWN_PREFIX = PREFIX.length() + 6;
    private static final int KEY_BYTES = 32;
    private static final int MAX_CACHED = 10_000;

    private record Resolved(ApiKey key, Principal principal) {
    }

    private final ApiKeyRepository repository;
    private final UserRepository users;
    private final Clock clock;
    private final TtlCache<String, Resolved> resolved;

    public ApiKeys(ApiKeyRepository repository, UserRepository users, Clock clock) {
        this.repository = repository;
        this.users = users;
        this.clock = clock;
        this.resolved = new TtlCache<>(CACHE_TTL, clock, MAX_CACHED);
    }

    /**
     * A key and its stored form; {@code secretKey} is the only copy of the plain key (its name
     * keeps it out of the audit trail, which redacts secrets by field name).
     */
    public record Issued(String secretKey, ApiKey apiKey) {
    }

    /**
     * A new random key for the user.
     *
     * @param expiresAt null for a key that does not expire
     */
    public Issued issue(User holder, String name, Instant expiresAt) {
        Violations violations = new Violations();
        String validName = violations.valid("name", name, Names::require);
        if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            violations.add("expiresAt", "An API key must expire in the future.");
        }
        violations.throwIfAny();
        return store(PREFIX + Ids.randomToken(KEY_BYTES), holder.accountId(), holder.id(), validName, expiresAt);
    }

    /** A new random key, named {@code default}, for the principal's user; the plain key. */
    public String issue(Principal principal) {
        return store(PREFIX + Ids.randomToken(KEY_BYTES), principal.accountId(), principal.userId(), "default", null).secretKey();
    }

    /**
     * Registers a key chosen by the operator (the local stack's {@code OFFERLINE_API_KEY}) for
     * the principal's user; a key already registered keeps its user.
     */
    public void register(String key, Principal principal) {
        store(key.trim(), principal.accountId(), principal.userId(), "start-up", null);
    }

    /** The caller's principal when the key is known, neither revoked nor expired, and its user still exists. */
    public Optional<Principal> authenticate(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return resolved.get(hash(key.trim()), this::resolve)
                .filter(found -> found.key().opensAt(now))
                .map(found -> touched(found, now).principal());
    }

    /** The user's keys, revoked ones too, oldest first. */
    public List<ApiKey> list(String accountId, String userId) {
        return listAccount(accountId).stream().filter(key -> key.userId().equals(userId)).toList();
    }

    /** Every key of the account, revoked ones too, oldest first. */
    public List<ApiKey> listAccount(String accountId) {
        return repository.listByAccount(accountId);
    }

    /**
     * The key with this id when the caller may see it: owners and admins see the account's keys,
     * everyone else their own. Any other key answers like a missing one.
     */
    public ApiKey find(Principal principal, String keyId) {
        return repository.listByAccount(principal.accountId()).stream()
                .filter(key -> key.id().equals(keyId))
                .filter(key -> principal.isOwnerOrAdmin() || key.userId().equals(principal.userId()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("id", "No API key with id " + keyId + "."));
    }

    /** Revokes the key; this instance refuses it at once, every other within {@link #CACHE_TTL}. */
    public ApiKey revoke(ApiKey key) {
        Instant now = clock.instant();
        if (key.revokedAt() == null) {
            repository.revoke(key, now);
        }
        resolved.forget(key.keyHash());
        return repository.findByHash(key.keyHash()).orElseThrow();
    }

    /**
     * Makes this instance look the user up again on the next request with any of the user's keys
     * (a changed role or workspaces); other instances do within {@link #CACHE_TTL}.
     */
    public void forgetUser(String accountId, String userId) {
        resolved.forgetIf(found -> found.key().accountId().equals(accountId) && found.key().userId().equals(userId));
    }

    /** Revokes every key of the user (a removed user). */
    public void revokeAll(String accountId, String userId) {
        list(accountId, userId).forEach(this::revoke);
    }

    private Issued store(String key, String accountId, String userId, String name, Instant expiresAt) {
        String keyHash = hash(key);
        ApiKey apiKey = new ApiKey(Ids.newId(), accountId, userId, name, key.substring(0, Math.min(SHOWN_PREFIX, key.length())), keyHash,
                clock.instant(), null, expiresAt, null);
        repository.create(apiKey);
        resolved.forget(keyHash); // a lookup just before (a start-up key's) may have cached "unknown"
        return new Issued(key, apiKey);
    }

    private Optional<Resolved> resolve(String keyHash) {
        // The user's current role and workspaces decide, not the ones of the day the key was made.
        return repository.findByHash(keyHash)
                .flatMap(key -> users.find(key.accountId(), key.userId()).map(user -> new Resolved(key, Principal.of(user, key.id()))));
    }

    private Resolved touched(Resolved found, Instant now) {
        Instant staleBefore = now.minus(LAST_USED_PRECISION);
        ApiKey key = found.key();
        if (key.lastUsedAt() != null && key.lastUsedAt().isAfter(staleBefore)) {
            return found;
        }
        repository.touch(key, now, staleBefore);
        Resolved fresh = new Resolved(new ApiKey(key.id(), key.accountId(), key.userId(), key.name(), key.prefix(), key.keyHash(),
                key.createdAt(), now, key.expiresAt(), key.revokedAt()), found.principal());
        resolved.replace(key.keyHash(), fresh);
        return fresh;
    }

    /**
     * Revokes the key presented in full (an operator's {@code revoke-key}): it opens nothing
     * from now on. False when it opened nothing already.
     */
    public boolean revoke(String key) {
        if (key == null || key.isBlank()) {
            return false;
        }
        Optional<ApiKey> stored = repository.findByHash(hash(key.trim())).filter(found -> found.opensAt(clock.instant()));
        stored.ifPresent(this::revoke);
        return stored.isPresent();
    }

    static String hash(String key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
