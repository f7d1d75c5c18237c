package io.offerline.core.conversion;

import io.offerline.core.cap.CapCounters;
import io.offerline.core.cap.CapWindow;
import io.offerline.core.offer.Cap;
import io.offerline.core.offer.CapMetric;
import io.offerline.core.offer.Offer;

/**
 * Records a priced conversion exactly once, counts it against its offer's conversion cap, and
 * applies a status change for a conversion it already has. Each step is one single-item
 * conditional write.
 */
public final class ConversionRecorder {

    private final ConversionRepository conversions;
    private final CapCounters caps;

    public ConversionRecorder(ConversionRepository conversions, CapCounters caps) {
        this.conversions = conversions;
        this.caps = caps;
    }

    PostbackResult record(Conversion conversion, Offer offer, boolean statusGiven, String reason) {
        if (conversions.recordOnce(conversion)) {
            return withinCap(conversion, offer) ? PostbackResult.of(PostbackOutcome.ACCEPTED, reason)
                    : PostbackResult.of(PostbackOutcome.OVER_CAP, reason + " Recorded beyond the offer's conversion cap.");
        }
        if (conversion.txid() != null && statusGiven && conversions.changeStatus(conversion.clickId(), conversion.slot(), conversion.status())) {
            return PostbackResult.of(PostbackOutcome.STATUS_UPDATED, "Conversion " + conversion.txid() + " is now " + conversion.status() + ".");
        }
        return PostbackResult.of(PostbackOutcome.DUPLICATE, "Click " + conversion.clickId() + " already has this conversion"
                + (conversion.txid() == null ? " (no txid, and the network does not accept duplicates)." : " (txid " + conversion.txid() + ")."));
    }

    /** Counts the conversion on the cap; one beyond the limit is flagged, not dropped. */
    private boolean withinCap(Conversion conversion, Offer offer) {
        Cap cap = offer.cap();
        if (cap == null || !cap.enabled() || cap.metric() != CapMetric.CONVERSIONS) {
            return true;
        }
        if (caps.tryIncrement(new CapCounters.CapKey(offer.id(), CapWindow.of(cap, conversion.convertedAt())), cap.limit())) {
            return true;
        }
        conversions.flagOverCap(conversion.clickId(), conversion.slot());
        return false;
    }
}
