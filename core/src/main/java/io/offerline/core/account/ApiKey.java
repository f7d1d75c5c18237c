package io.offerline.core.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A user's API key as stored: never the key itself, only its hash and what a list shows.
 *
 * @param keyHash SHA-256 of the key, hex; the lookup when a request presents the key
 * @param prefix the key's first characters, so a user can tell keys apart
 * @param lastUsedAt at most {@link ApiKeys#LAST_USED_PRECISION} stale; null before the first use
 * @param expiresAt null for a key that does not expire
 * @param revokedAt null while the key is not revoked
 */
public record ApiKey(String id, String accountId, String userId, String name, String prefix, String keyHash, Instant createdAt,
        Instant lastUsedAt, Instant expiresAt, Instant revokedAt) {

    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(keyHash, "keyHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether the key opens the API at {@code now}: not revoked and not expired. */
    public boolean opensAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
