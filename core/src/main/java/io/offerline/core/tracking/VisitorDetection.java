package io.offerline.core.tracking;

/** Detects country, device, OS, browser, language and bots from a request's signals. */
@FunctionalInterface
public interface VisitorDetection {

    /** Never fails: what cannot be detected stays unknown. */
    Visitor detect(VisitorSignals signals);
}
