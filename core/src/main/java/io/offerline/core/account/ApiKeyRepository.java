package io.offerline.core.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API keys, stored only as hashes. */
public interface ApiKeyRepository {

    /** Stores a new key; a key whose hash is already stored keeps what it was first stored with. */
    void create(ApiKey key);

    Optional<ApiKey> findByHash(String keyHash);

    /** Every key of the account, revoked ones too, oldest first. */
    List<ApiKey> listByAccount(String accountId);

    /** Marks the key revoked at {@code at}; a key already revoked keeps its first time. */
    void revoke(ApiKey key, Instant at);

    /**
     * Sets the key's {@code lastUsedAt} to {@code now} unless it is already after
     * {@code staleBefore} (another instance wrote it meanwhile).
     */
    void touch(ApiKey key, Instant now, Instant staleBefore);
}
