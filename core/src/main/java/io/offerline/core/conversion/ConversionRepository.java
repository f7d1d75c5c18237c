package io.offerline.core.conversion;

import io.offerline.core.cap.CapCounters;
import java.util.List;

/** Conversions, each stored at most once per click and slot. */
public interface ConversionRepository {

    /** What became of a conversion recorded against a conversion cap. */
    enum Counted {
        /** Stored, and counted on the cap within its limit. */
        WITHIN_CAP,
        /** Stored flagged over cap; the counter had reached its limit and is unchanged. */
        OVER_CAP,
        /** Its click already has a conversion in that slot; nothing was written. */
        DUPLICATE
    }

    /**
     * Stores the conversion unless its click already has one in that slot.
     *
     * @return false when it is a duplicate and nothing was written
     */
    boolean recordOnce(Conversion conversion);

    /**
     * Sets the status of the conversion in a slot, unless it already has that status.
     *
     * @return false when there is nothing to change
     */
    boolean changeStatus(String clickId, ConversionSlot slot, ConversionStatus status);

    /**
     * Stores the conversion unless its click already has one in that slot, and counts it on its
     * offer's conversion cap in the same atomic write, so that no failure between the two can
     * leave a stored conversion uncounted or count one twice; a repeat of the conversion is a
     * duplicate and counts nothing. A conversion the counter has no room for is stored flagged
     * over cap.
     */
    Counted recordCounted(Conversion conversion, CapCounters.CapKey cap, long limit);

    /**
     * The click's stored conversions that have a txid, for a status change that names one: one
     * read of the click's partition, which finds them after its raw visit has expired.
     */
    List<RecordedConversion> withTxids(String clickId);
}
