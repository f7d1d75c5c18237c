package io.offerline.core.network;

import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.Names;
import java.util.Locale;

/**
 * Which networks a list shows.
 *
 * @param search text the name must contain, any case; null for every name
 * @param archived only archived ({@code true}) or only active ({@code false}) networks; null for both
 */
public record NetworkFilter(String search, Boolean archived) {

    /** Active networks with any name: what a list shows unless asked otherwise. */
    public static final NetworkFilter ACTIVE = new NetworkFilter(null, false);

    public NetworkFilter {
        search = search == null || search.isBlank() ? null : search.strip().toLowerCase(Locale.ROOT);
        if (search != null && search.length() > Names.MAX_LENGTH) {
            throw new InvalidInputException("filter.search", "Search text must be at most " + Names.MAX_LENGTH + " characters.");
        }
    }
}
