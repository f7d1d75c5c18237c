package io.offerline.core.currency;

import java.time.LocalDate;

/**
 * No rates are stored for a day nor for any day of the accepted age before it: the refresher has
 * not run yet, or has failed for a week. It is the tracker's failure, not the sender's, so a
 * conversion that needs a rate is to be sent again later rather than refused.
 */
public final class RatesUnavailableException extends RuntimeException {

    public RatesUnavailableException(LocalDate day, int maxAgeDays) {
        super("No ECB rates are stored for " + day + " nor for the " + maxAgeDays + " days before it.");
    }
}
