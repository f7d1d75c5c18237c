package io.offerline.infra;

import java.util.Map;

/**
 * The SDK timeouts of each function's DynamoDB client, passed as environment variables (the
 * functions read them as {@code offerline.dynamodb.*}; docs/tracking.md explains the numbers).
 * A visitor must be redirected even when storage hangs, so the redirect path gives each call
 * little time; the API and the background functions can wait.
 */
final class StorageTimeouts {

    static final String ATTEMPT_TIMEOUT = "OFFERLINE_DYNAMODB_ATTEMPT_TIMEOUT";
    static final String CALL_TIMEOUT = "OFFERLINE_DYNAMODB_CALL_TIMEOUT";
    static final String MAX_ATTEMPTS = "OFFERLINE_DYNAMODB_MAX_ATTEMPTS";

    /** 150 ms per attempt, 2 attempts, 400 ms in all: a visitor waits at most about that for a storage call. */
    static final Map<String, String> REDIRECT_PATH = Map.of(ATTEMPT_TIMEOUT, "150ms", CALL_TIMEOUT, "400ms", MAX_ATTEMPTS, "2");
    /** A GraphQL request has 29 s; one call gets 2 s per attempt and 3 attempts. */
    static final Map<String, String> API = Map.of(ATTEMPT_TIMEOUT, "2s", CALL_TIMEOUT, "5s", MAX_ATTEMPTS, "3");
    /** The aggregator and the refresher retry whole batches and runs themselves; a call gets 5 s per attempt. */
    static final Map<String, String> BACKGROUND = Map.of(ATTEMPT_TIMEOUT, "5s", CALL_TIMEOUT, "15s", MAX_ATTEMPTS, "3");

    private StorageTimeouts() {
    }
}
