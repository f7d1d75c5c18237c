package io.offerline.core.conversion;

import io.offerline.core.tracking.ClickIds;
import java.util.Map;
import java.util.Optional;

/**
 * A conversion report as received: the query parameters as sent, the sender's address, and
 * the click-id cookie when a pixel or script carried one.
 */
public record Postback(Map<String, String> parameters, String sourceIp, String cookieClickId) {

    public Postback {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    /** The first non-blank value among {@code names}. */
    public Optional<String> first(String... names) {
        for (String name : names) {
            String value = name == null ? null : parameters.get(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(value.trim());
            }
        }
        return Optional.empty();
    }

    /** The click id: {@code cid} or its aliases, else the cookie. */
    public Optional<String> clickId() {
        return first(ClickIds.PARAMETER_NAMES.toArray(String[]::new)).or(() -> Optional.ofNullable(cookieClickId));
    }
}
