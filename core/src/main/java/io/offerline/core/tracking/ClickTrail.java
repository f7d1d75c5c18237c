package io.offerline.core.tracking;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A visit with the clicks that followed it, read together in one query. */
public record ClickTrail(Visit visit, List<Click> clicks) {

    public ClickTrail {
        clicks = List.copyOf(clicks);
    }

    /** The offer a conversion counts for: the last one clicked, else the one the visit went straight to. */
    public Optional<String> offerId() {
        return clicks.stream()
                .max(Comparator.comparing(Click::clickedAt))
                .map(Click::offerId)
                .or(() -> Optional.ofNullable(visit.offerId()));
    }
}
