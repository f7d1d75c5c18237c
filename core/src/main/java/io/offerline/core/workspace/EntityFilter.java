package io.offerline.core.workspace;

import io.offerline.core.common.InvalidInputException;
import io.offerline.core.common.Names;
import java.util.Locale;

/**
 * Which entities of a workspace a list shows.
 *
 * @param search text the name must contain, any case (offers: the name or a tag); null for every name
 * @param tag an exact tag the entity must carry, or null
 * @param archived only archived ({@code true}) or only active ({@code false}) entities; null for both.
 *     The API's filters have no "both": there an omitted {@code archived} means active only.
 */
public record EntityFilter(String search, String tag, Boolean archived) {

    /** Active entities with any name: what a list shows unless asked otherwise. */
    public static final EntityFilter ACTIVE = new EntityFilter(null, null, false);

    public EntityFilter {
        search = search == null || search.isBlank() ? null : search.strip().toLowerCase(Locale.ROOT);
        if (search != null && search.length() > Names.MAX_LENGTH) {
            throw new InvalidInputException("filter.search", "Search text must be at most " + Names.MAX_LENGTH + " characters.");
        }
        tag = tag == null ? null : tag.strip();
    }

    /** A name search over active and archived entities alike. */
    public static EntityFilter named(String search) {
        return new EntityFilter(search, null, null);
    }
}
