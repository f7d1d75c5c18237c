package io.offerline.core.currency;

import java.util.List;

/** Where published reference rates come from: in production the ECB's 90-day file. */
public interface RatesFeed {

    /**
     * The days the source publishes now, oldest first; never empty.
     *
     * @throws RatesFormatException when the source answers with something that is not rates
     */
    List<DailyRates> fetch();
}
