package io.offerline.core.common;

import java.util.Base64;
import java.util.regex.Pattern;

/** Opaque, URL-safe identifiers for configuration entities. */
public final class Ids {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private Ids() {
    }

    /**
     * Whether {@code value} can be an id: 1 to 64 URL-safe characters. Anything else from a URL
     * is not looked up, so it never reaches the database as a key (DynamoDB refuses keys over
     * 2 KB with an error).
     */
    public static boolean isWellFormed(String value) {
        return value != null && value.length() <= 64 && SHAPE.matcher(value).matches();
    }

    /** 96 random bits as 16 URL-safe characters. */
    public static String newId() {
        return randomToken(12);
    }

    /** Random URL-safe token of {@code bytes} random bytes, from the {@link RandomSource} a snapshot restore reseeds. */
    public static String randomToken(int bytes) {
        byte[] random = new byte[bytes];
        RandomSource.process().nextBytes(random);
        return ENCODER.encodeToString(random);
    }
}
