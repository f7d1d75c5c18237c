package io.offerline.core.account;

import java.util.Optional;

/** API keys, stored only as hashes. */
public interface ApiKeyRepository {

    /** Stores the principal a key hash stands for; an existing hash is left unchanged. */
    void save(String keyHash, Principal principal);

    Optional<Principal> findByHash(String keyHash);

    /** Forgets a key hash; false when no key had it. */
    boolean delete(String keyHash);
}
