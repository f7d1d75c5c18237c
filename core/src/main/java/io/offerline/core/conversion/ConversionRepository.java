package io.offerline.core.conversion;

/** Conversions, each stored at most once per click and transaction id. */
public interface ConversionRepository {

    /**
     * Stores the conversion unless one with the same click id and txid exists.
     *
     * @return false when it is a duplicate and nothing was written
     */
    boolean recordOnce(Conversion conversion);
}
