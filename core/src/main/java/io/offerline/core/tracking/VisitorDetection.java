package io.offerline.core.tracking;

import io.offerline.core.visitor.Visitor;

/** Detects country, device, OS, browser, language and bots from a request's signals. */
@FunctionalInterface
public interface VisitorDetection {

    /** Never fails: what cannot be detected stays unknown. */
    Visitor detect(VisitorSignals signals);
}
