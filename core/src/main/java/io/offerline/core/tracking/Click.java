package io.offerline.core.tracking;

import java.time.Instant;
import java.util.Objects;

/**
 * A visitor's click from a lander to an offer; stored once per visit and offer.
 *
 * @param networkId the offer's affiliate network when clicked, or null
 * @param keyword the offer keyword chosen for this click, or null
 */
public record Click(String clickId, String offerId, String networkId, Instant clickedAt, Instant expiresAt, String keyword) {

    public Click {
        Objects.requireNonNull(clickId, "clickId");
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(clickedAt, "clickedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A click without a keyword. */
    public Click(String clickId, String offerId, String networkId, Instant clickedAt, Instant expiresAt) {
        this(clickId, offerId, networkId, clickedAt, expiresAt, null);
    }
}
