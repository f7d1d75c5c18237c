package io.offerline.core.account;

import io.offerline.core.common.Ids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Issues API keys and resolves a presented key to its principal. Keys are stored hashed. */
public final class ApiKeys {

    private static final String PREFIX = "ol_";

    private final ApiKeyRepository repository;

    public ApiKeys(ApiKeyRepository repository) {
        this.repository = repository;
    }

    /** Makes a new random key for the principal and returns it; only its hash is kept. */
    public String issue(Principal principal) {
        String key = PREFIX + Ids.randomToken(24);
        repository.save(hash(key), principal);
        return key;
    }

    /** Registers a key chosen by the operator (the local stack's {@code OFFERLINE_API_KEY}). */
    public void register(String key, Principal principal) {
        repository.save(hash(key), principal);
    }

    public Optional<Principal> authenticate(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return repository.findByHash(hash(key.trim()));
    }

    /** Revokes a key: it opens nothing from now on. False when it opened nothing already. */
    public boolean revoke(String key) {
        return key != null && !key.isBlank() && repository.delete(hash(key.trim()));
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
