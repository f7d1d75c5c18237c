package io.offerline.core.offer;

/**
 * What a user pastes elsewhere to report an offer's conversions, built from the deployment's
 * public base URL. Without a network the postback URL shows the placeholders {@code REPLACE}
 * and {@code OPTIONAL}; with one, the network's own macros.
 */
public record TrackingSnippets(String baseUrl, Offer offer, NetworkParameters network) {

    /** The S2S postback URL; payout and txid only when {@code includeAdditionalParameters}. */
    public String postbackUrl(boolean includeAdditionalParameters) {
        String url = baseUrl + "/postback?cid=" + (network == null ? "REPLACE" : macro(network.clickIdParam()));
        if (!includeAdditionalParameters) {
            return url;
        }
        if (network == null) {
            return url + "&payout=OPTIONAL&txid=OPTIONAL";
        }
        return url + "&payout=" + macro(network.payoutParam()) + "&txid=" + macro(network.txidParam());
    }

    /** The image pixel reads the click id from the cookie set at the visit. */
    public String pixelUrl() {
        return baseUrl + "/pixel.gif";
    }

    public String pixelHtml() {
        return "<img src=\"" + pixelUrl() + "\" width=\"1\" height=\"1\" style=\"display:none\" alt=\"\">";
    }

    public String script() {
        return "<script src=\"" + baseUrl + "/conversion.js\" async></script>";
    }

    /** The script for the offer page itself, or null when direct tracking is off. */
    public String directTrackingScript() {
        return offer.directTracking() ? "<script src=\"" + baseUrl + "/dt.js?offer=" + offer.id() + "\" async></script>" : null;
    }

    private static String macro(String parameter) {
        return "{" + parameter + "}";
    }
}
