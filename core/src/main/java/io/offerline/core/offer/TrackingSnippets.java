package io.offerline.core.offer;

/**
 * What a user pastes elsewhere to report an offer's conversions, built from the deployment's
 * public base URL. The postback URL carries the network's own macros where it has them, and
 * the placeholders {@code REPLACE} (click id) and {@code OPTIONAL} (payout, txid) elsewhere.
 */
public record TrackingSnippets(String baseUrl, Offer offer, NetworkMacros network) {

    /** The S2S postback URL; payout and txid only when {@code includeAdditionalParameters}. */
    public String postbackUrl(boolean includeAdditionalParameters) {
        NetworkMacros macros = network == null ? new NetworkMacros(null, null, null) : network;
        String url = baseUrl + "/postback?cid=" + orElse(macros.clickId(), "REPLACE");
        if (!includeAdditionalParameters) {
            return url;
        }
        return url + "&payout=" + orElse(macros.payout(), "OPTIONAL") + "&txid=" + orElse(macros.txid(), "OPTIONAL");
    }

    /**
     * The pixel URL. With a network that has a click-id macro it carries the click id as
     * {@code cid}, filled in by the network when it fires the pixel; otherwise the pixel reads the
     * click id from the tracker's cookie, which browsers that block third-party cookies do not send.
     */
    public String pixelUrl() {
        String macro = network == null ? null : network.clickId();
        return baseUrl + "/pixel.gif" + (macro == null ? "" : "?cid=" + macro);
    }

    public String pixelHtml() {
        return "<img src=\"" + pixelUrl() + "\" width=\"1\" height=\"1\" style=\"display:none\" alt=\"\">";
    }

    public String script() {
        return "<script src=\"" + baseUrl + "/conversion.js\" async></script>";
    }

    /**
     * The script for the offer page itself, or null when direct tracking is off. An offer serves
     * many campaigns: replace {@code CAMPAIGN_ID} with the campaign whose traffic lands there.
     */
    public String directTrackingScript() {
        return offer.directTracking()
                ? "<script src=\"" + baseUrl + "/dt.js?campaign=CAMPAIGN_ID&offer=" + offer.id() + "\" async></script>"
                : null;
    }

    private static String orElse(String macro, String placeholder) {
        return macro == null ? placeholder : macro;
    }
}
