package io.offerline.core.tracking;

import io.offerline.core.common.Ids;
import java.util.List;
import java.util.regex.Pattern;

/** Click ids: 128 random bits, 22 URL-safe characters, unguessable. */
public final class ClickIds {

    /** The query parameters that carry a click id back to us: {@code cid} and its aliases, in this order. */
    public static final List<String> PARAMETER_NAMES = List.of("cid", "click_id", "cf_click_id");

    private static final int RANDOM_BYTES = 16;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22}");

    private ClickIds() {
    }

    public static String next() {
        return Ids.randomToken(RANDOM_BYTES);
    }

    /** Whether a value sent back to us can be a click id at all (saves a read when it cannot). */
    public static boolean isWellFormed(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }
}
