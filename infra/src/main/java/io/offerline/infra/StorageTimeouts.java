package io.offerline.infra;

import java.util.Map;

/**
 * The SDK timeouts of each function's DynamoDB client, passed as environment variables (the
 * functions read them as {@code offerline.dynamodb.*}; docs/tracking.md explains the numbers).
 * A visitor must be redirected even when storage hangs, so the redirect path gives each call
 * little time; the others can wait. The functions default to the same numbers; the stack states
 * them so that an operator sees and changes them in one place.
 */
final class StorageTimeouts {

    static final String ATTEMPT_TIMEOUT = "OFFERLINE_DYNAMODB_ATTEMPT_TIMEOUT";
    static final String CALL_TIMEOUT = "OFFERLINE_DYNAMODB_CALL_TIMEOUT";
    static final String MAX_ATTEMPTS = "OFFERLINE_DYNAMODB_MAX_ATTEMPTS";

    /** 150 ms per attempt, 2 attempts, 400 ms in all: a visitor waits at most about that for a storage call. */
    static final Map<String, String> REDIRECT_PATH = Map.of(ATTEMPT_TIMEOUT, "150ms", CALL_TIMEOUT, "400ms", MAX_ATTEMPTS, "2");
    /**
     * Everything else (postbacks, whose networks retry a 5xx; the API; the aggregator and the
     * refresher, which retry whole batches and runs): 2 s per attempt, 3 attempts, 6 s in all.
     */
    static final Map<String, String> STANDARD = Map.of(ATTEMPT_TIMEOUT, "2s", CALL_TIMEOUT, "6s", MAX_ATTEMPTS, "3");

    private StorageTimeouts() {
    }
}
