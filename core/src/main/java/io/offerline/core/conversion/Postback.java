package io.offerline.core.conversion;

import io.offerline.core.common.OutsideText;
import io.offerline.core.tracking.ClickIds;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A conversion report as received: the query parameters as sent, the sender's address, and
 * the click-id cookie when a pixel or script carried one.
 */
public record Postback(Map<String, String> parameters, String sourceIp, String cookieClickId) {

    /** How many parameters, and how many characters of each name and value, the postback log keeps. */
    static final int MAX_LOGGED_PARAMETERS = 50;
    static final int MAX_LOGGED_LENGTH = 255;

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

    /**
     * The parameters as the postback log keeps them: at most {@link #MAX_LOGGED_PARAMETERS}, each
     * name and value cut to {@link #MAX_LOGGED_LENGTH} characters, so that no postback can make
     * its log entry too large to store.
     */
    Map<String, String> loggedParameters() {
        Map<String, String> logged = new TreeMap<>();
        parameters.entrySet().stream().sorted(Map.Entry.comparingByKey()).limit(MAX_LOGGED_PARAMETERS)
                .forEach(parameter -> logged.put(shown(parameter.getKey()), shown(parameter.getValue())));
        return logged;
    }

    /** The click id as the postback log keeps it (see {@link #loggedParameters}). */
    String loggedClickId() {
        return clickId().map(Postback::shown).orElse(null);
    }

    private static String shown(String text) {
        return OutsideText.shown(text, MAX_LOGGED_LENGTH);
    }

    /**
     * The click id: {@code cid} or its aliases when they hold one, else the cookie, else what was
     * sent. A pixel whose network left its click-id macro unfilled ({@code cid={sub1}}) still
     * finds the visit by the cookie where the browser sent it.
     */
    public Optional<String> clickId() {
        Optional<String> sent = first(ClickIds.PARAMETER_NAMES.toArray(String[]::new));
        return sent.filter(ClickIds::isWellFormed).or(() -> Optional.ofNullable(cookieClickId)).or(() -> sent);
    }
}
