package io.offerline.core.tracking;

/**
 * Where the tracking path reports a visit or a click it could not store (the visitor was sent
 * on regardless): with everything needed to reconcile it later, and counted, so that an
 * operator sees the loss and its size.
 */
public interface UnstoredVisits {

    /** A visit (redirect or direct) whose write failed. */
    void visit(Visit visit, RuntimeException cause);

    /** A lander click whose write failed. */
    void click(Click click, String campaignId, RuntimeException cause);
}
