package io.offerline.core.trafficsource;

import io.offerline.core.common.InvalidInputException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An ad platform's access token. Write-only: the API only ever shows {@link #masked()}, and
 * {@link #toString()} masks it too, so it never ends up in a log. It is stored as given, because
 * each call to the platform needs it.
 */
public record AccessToken(String value) {

    static final String FIELD = "adPlatform.accessToken";
    private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7e]{16,1024}");
    private static final String MASK = "••••";

    public AccessToken {
        Objects.requireNonNull(value, "value");
        if (!TOKEN.matcher(value).matches()) {
            throw new InvalidInputException(FIELD, "An access token is 16 to 1024 printable characters without spaces.");
        }
    }

    /** {@code ••••} and the last four characters: enough to recognise it, too little to use it. */
    public String masked() {
        return MASK + value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
