package io.offerline.functions;

import io.offerline.core.network.AffiliateNetwork;

/**
 * The cookie on the tracking domain that carries a visit's click id to its lander clicks, and to
 * a pixel on another site where the browser sends third-party cookies.
 */
final class ClickCookie {

    static final String NAME = "ol_cid";
    /** As long as the visit itself is kept. */
    static final long MAX_AGE_SECONDS = AffiliateNetwork.VISIT_RETENTION.toSeconds();

    private ClickCookie() {
    }

    /**
     * The {@code Set-Cookie} value. On https it is {@code SameSite=None; Secure}, so that a pixel
     * loaded from the advertiser's site carries it where third-party cookies are allowed. Browsers
     * drop a {@code SameSite=None} cookie that is not {@code Secure}, and {@code Secure} needs
     * https, so on plain http (the local stack) it stays {@code SameSite=Lax}: sent on the
     * tracker's own links and redirects only.
     */
    static String header(String clickId, boolean https) {
        return NAME + "=" + clickId + "; Path=/; Max-Age=" + MAX_AGE_SECONDS + "; HttpOnly"
                + (https ? "; SameSite=None; Secure" : "; SameSite=Lax");
    }
}
