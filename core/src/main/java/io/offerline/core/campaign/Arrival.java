package io.offerline.core.campaign;

import io.offerline.core.visitor.Visitor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What path rules look at: the visitor as detected, the domain of the page they came from, and
 * the traffic source's tracking-field values in the visit's URL.
 *
 * @param referrerDomain the referrer's host, lower case, or null
 * @param trackingFields the values by position (index 0 is tracking field 1), null where absent
 */
public record Arrival(Visitor visitor, String referrerDomain, List<String> trackingFields) {

    public Arrival {
        Objects.requireNonNull(visitor, "visitor");
        // Absent fields are nulls at their positions, which List.copyOf refuses.
        trackingFields = trackingFields == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(trackingFields));
    }

    /** An arrival known only by its visitor: no referrer and no tracking fields. */
    public static Arrival of(Visitor visitor) {
        return new Arrival(visitor, null, List.of());
    }

    /** The value of tracking field {@code position} (from 1), or null. */
    public String trackingField(int position) {
        return position <= trackingFields.size() ? trackingFields.get(position - 1) : null;
    }
}
