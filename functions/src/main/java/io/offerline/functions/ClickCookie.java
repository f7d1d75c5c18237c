package io.offerline.functions;

import io.offerline.core.network.AffiliateNetwork;

/** The first-party cookie on the tracking domain that carries a visit's click id to its lander clicks. */
final class ClickCookie {

    static final String NAME = "ol_cid";
    /** As long as the visit itself is kept. */
    static final long MAX_AGE_SECONDS = AffiliateNetwork.VISIT_RETENTION.toSeconds();

    private ClickCookie() {
    }
}
