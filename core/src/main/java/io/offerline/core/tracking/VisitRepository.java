package io.offerline.core.tracking;

import java.util.Optional;

/** Raw visits, keyed by click id. */
public interface VisitRepository {

    /** Writes the visit once; a click id is never reused. */
    void record(Visit visit);

    /** The visit, unless it never existed or has expired. */
    Optional<Visit> find(String clickId);
}
