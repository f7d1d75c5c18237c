package io.offerline.core.conversion;

import io.offerline.core.cap.CapCounters;
import io.offerline.core.cap.CapWindow;
import io.offerline.core.offer.Cap;
import io.offerline.core.offer.CapMetric;
import io.offerline.core.offer.Offer;
import java.util.List;

/**
 * Records a priced conversion exactly once, counts it against its offer's conversion cap in the
 * same atomic write, and applies a status change for a conversion it already has. Without a
 * conversion cap each step is one single-item conditional write.
 */
public final class ConversionRecorder {

    private final ConversionRepository conversions;

    public ConversionRecorder(ConversionRepository conversions) {
        this.conversions = conversions;
    }

    PostbackResult record(Conversion conversion, Offer offer, boolean statusGiven, String reason) {
        ConversionRepository.Counted counted = recorded(conversion, offer);
        if (counted == ConversionRepository.Counted.WITHIN_CAP) {
            return PostbackResult.of(PostbackOutcome.ACCEPTED, reason);
        }
        if (counted == ConversionRepository.Counted.OVER_CAP) {
            return PostbackResult.of(PostbackOutcome.OVER_CAP, reason + " Recorded beyond the offer's conversion cap.");
        }
        if (conversion.txid() != null && statusGiven) {
            return changeStatus(conversion.clickId(), conversion.txid(), conversion.status());
        }
        return duplicate(conversion.clickId(), conversion.txid());
    }

    /** The click's conversions a status change can name, found after its visit expired. */
    List<RecordedConversion> withTxids(String clickId) {
        return conversions.withTxids(clickId);
    }

    /** Sets the status of the click's conversion with this txid; the same status again is a duplicate. */
    PostbackResult changeStatus(String clickId, String txid, ConversionStatus status) {
        if (conversions.changeStatus(clickId, ConversionSlot.txid(txid), status)) {
            return PostbackResult.of(PostbackOutcome.STATUS_UPDATED, "Conversion " + txid + " is now " + status + ".");
        }
        return duplicate(clickId, txid);
    }

    private static PostbackResult duplicate(String clickId, String txid) {
        return PostbackResult.of(PostbackOutcome.DUPLICATE, "Click " + clickId + " already has this conversion"
                + (txid == null ? " (no txid, and the network does not accept duplicates)." : " (txid " + txid + ")."));
    }

    /** Stores the conversion, counted on the offer's conversion cap when it has one; one beyond the limit is flagged, not dropped. */
    private ConversionRepository.Counted recorded(Conversion conversion, Offer offer) {
        Cap cap = offer.cap();
        if (cap == null || !cap.enabled() || cap.metric() != CapMetric.CONVERSIONS) {
            return conversions.recordOnce(conversion) ? ConversionRepository.Counted.WITHIN_CAP : ConversionRepository.Counted.DUPLICATE;
        }
        return conversions.recordCounted(conversion, new CapCounters.CapKey(offer.id(), CapWindow.of(cap, conversion.convertedAt())),
                cap.limit());
    }
}
