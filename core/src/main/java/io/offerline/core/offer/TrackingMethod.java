package io.offerline.core.offer;

/** How the offer's conversions come back. */
public enum TrackingMethod {
    /** Server-to-server: the network calls the postback URL. */
    POSTBACK,
    /** An {@code <img>} tag on the thank-you page. */
    PIXEL,
    /** The pixel URL, placed by the network itself. */
    PIXEL_URL,
    /** A script tag on the thank-you page. */
    SCRIPT
}
