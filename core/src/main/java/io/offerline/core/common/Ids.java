package io.offerline.core.common;

import java.security.SecureRandom;
import java.util.Base64;

/** Opaque, URL-safe identifiers for configuration entities. */
public final class Ids {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private Ids() {
    }

    /** 96 random bits as 16 URL-safe characters. */
    public static String newId() {
        return randomToken(12);
    }

    /**
     * Random URL-safe token of {@code bytes} random bytes. The {@link SecureRandom} is made per
     * call so no generator state is captured in a start-up snapshot.
     */
    public static String randomToken(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return ENCODER.encodeToString(random);
    }
}
