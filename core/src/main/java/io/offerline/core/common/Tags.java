package io.offerline.core.common;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The rule for an entity's tags: at most 50, each 1 to 64 characters once trimmed, repeats dropped. */
public final class Tags {

    public static final int MAX_TAGS = 50;
    public static final int MAX_TAG_LENGTH = 64;

    private Tags() {
    }

    /**
     * The trimmed tags in their first order without repeats; null means none. A bad tag is bad
     * input in {@code field.<index>}, too many in {@code field}.
     */
    public static List<String> require(String field, List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        if (tags.size() > MAX_TAGS) {
            throw new InvalidInputException(field, "At most " + MAX_TAGS + " tags.");
        }
        Set<String> unique = new LinkedHashSet<>();
        for (int index = 0; index < tags.size(); index++) {
            String tag = tags.get(index) == null ? "" : tags.get(index).strip();
            if (tag.isEmpty() || tag.length() > MAX_TAG_LENGTH) {
                throw new InvalidInputException(field + "." + index, "A tag has 1 to " + MAX_TAG_LENGTH + " characters.");
            }
            unique.add(tag);
        }
        return List.copyOf(unique);
    }
}
