package io.offerline.core.trafficsource;

import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.Names;
import java.util.Locale;

/**
 * Which traffic sources a list shows.
 *
 * @param search text the name must contain, any case; null for every name
 * @param archived only archived ({@code true}) or only active ({@code false}) sources; null for both
 */
public record TrafficSourceFilter(String search, Boolean archived) {

    /** Active sources with any name: what a list shows unless asked otherwise. */
    public static final TrafficSourceFilter ACTIVE = new TrafficSourceFilter(null, false);

    public TrafficSourceFilter {
        search = search == null || search.isBlank() ? null : search.strip().toLowerCase(Locale.ROOT);
        if (search != null && search.length() > Names.MAX_LENGTH) {
            throw new InvalidInputException("filter.search", "Search text must be at most " + Names.MAX_LENGTH + " characters.");
        }
    }
}
