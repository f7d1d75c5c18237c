package io.offerline.core.tracking;

import java.util.Optional;

/** Raw visits and clicks, kept together under the click id. */
public interface VisitRepository {

    /** Writes the visit once; a click id is never reused. */
    void record(Visit visit);

    /** The visit, unless it never existed or has expired. */
    Optional<Visit> find(String clickId);

    /**
     * Records a click once per visit and offer.
     *
     * @return false when this visit already clicked this offer; nothing is written
     */
    boolean recordClick(Click click);

    /** The visit and its clicks in one read, unless the visit never existed or has expired. */
    Optional<ClickTrail> trail(String clickId);
}
