package io.offerline.core.lander;

import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.Names;
import java.util.Locale;

/**
 * Which landers a list shows.
 *
 * @param search text the name must contain, any case; null for every name
 * @param archived only archived ({@code true}) or only active ({@code false}) landers; null for both
 */
public record LanderFilter(String search, Boolean archived) {

    /** Active landers with any name: what a list shows unless asked otherwise. */
    public static final LanderFilter ACTIVE = new LanderFilter(null, false);

    public LanderFilter {
        search = search == null || search.isBlank() ? null : search.strip().toLowerCase(Locale.ROOT);
        if (search != null && search.length() > Names.MAX_LENGTH) {
            throw new InvalidInputException("filter.search", "Search text must be at most " + Names.MAX_LENGTH + " characters.");
        }
    }
}
