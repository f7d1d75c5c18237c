package io.offerline.api;

import graphql.execution.AbortExecutionException;
import java.util.Map;

/**
 * A request that went past one of the API's limits: its answer is an error whose
 * {@code extensions.code} names the limit ({@code QUERY_TOO_COMPLEX}, {@code TIMEOUT}) and whose
 * message says what the limit is.
 */
final class LimitExceeded extends AbortExecutionException {

    private final String code;

    LimitExceeded(String code, String message) {
        super(message);
        this.code = code;
    }

    String code() {
        return code;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return Map.of("code", code);
    }
}
