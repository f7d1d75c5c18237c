package io.offerline.core.network;

import io.offerline.core.common.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The secret a network's postbacks must carry ({@code &secret=…}). It is write-only: after it is
 * set the API only ever shows {@link #masked()}, and {@link #toString()} masks it too so it never
 * ends up in a log. It is stored as given, because the postback check needs the value itself;
 * compare with {@link #matches}, which takes the same time whatever the candidate.
 */
public record PostbackSecret(String value) {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    private static final String MASK = "••••";
    private static final int SHOWN_CHARACTERS = 4;
    /** URL-unreserved characters, so the secret sits in a postback URL without encoding. */
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._~-]+");

    public PostbackSecret {
        Objects.requireNonNull(value, "value");
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw new InvalidInputException("postbackSecret", "The postback secret must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long.");
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new InvalidInputException("postbackSecret", "The postback secret may only contain letters, digits and . _ ~ - so it can sit in a URL unencoded.");
        }
    }

    /** {@code ••••} and the last four characters: enough to recognise it, too little to use it. */
    public String masked() {
        return MASK + value.substring(value.length() - SHOWN_CHARACTERS);
    }

    /**
     * Whether a postback's secret is this one. Both sides are hashed first, so the comparison
     * takes the same time for every candidate, whatever its length or its first wrong character.
     */
    public boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(sha256(value), sha256(candidate));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return masked();
    }
}
