package io.offerline.core.tracking;

/** What became of a page's direct visit: registered (perhaps sent on to a cap's fallback), or refused with the reason. */
public sealed interface DirectVisitResult {

    /**
     * @param clickId the new visit's click id
     * @param redirectUrl where the page sends the visitor: the cap's fallback when the page's offer
     *     is capped; null to stay on the page
     */
    record Registered(String clickId, String redirectUrl) implements DirectVisitResult {
    }

    /** @param reason a sentence for the page's developer, naming what to change */
    record Refused(String reason) implements DirectVisitResult {
    }
}
