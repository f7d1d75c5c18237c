package io.offerline.core.tracking;

import java.time.Instant;
import java.util.Objects;

/**
 * A visitor's click from a lander to an offer; stored once per visit and offer.
 *
 * @param networkId the offer's affiliate network when clicked, or null
 */
public record Click(String clickId, String offerId, String networkId, Instant clickedAt, Instant expiresAt) {

    public Click {
        Objects.requireNonNull(clickId, "clickId");
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(clickedAt, "clickedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
