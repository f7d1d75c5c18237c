package io.offerline.core.campaign;

/** How visitors enter a campaign. */
public enum TrackingType {
    /** Through the campaign URL, which redirects to a lander or an offer. */
    REDIRECT,
    /** Straight to the lander (or offer) page, whose script registers the visit. */
    DIRECT
}
