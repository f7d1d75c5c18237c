package io.offerline.core.conversion;

/** Conversions, each stored at most once per click and slot. */
public interface ConversionRepository {

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

    /** Marks a recorded conversion as beyond its offer's cap. */
    void flagOverCap(String clickId, ConversionSlot slot);
}
