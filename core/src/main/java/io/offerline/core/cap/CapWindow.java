package io.offerline.core.cap;

import io.offerline.core.offer.Cap;
import io.offerline.core.offer.CapPeriod;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The window a cap counts in at a moment: the calendar day in the cap's time zone (so a daily
 * cap resets at local midnight, DST included), or all time.
 */
public final class CapWindow {

    public static final String TOTAL = "TOTAL";

    private CapWindow() {
    }

    /** {@code 2026-11-25} for a daily cap, {@code TOTAL} otherwise. */
    public static String of(Cap cap, Instant at) {
        if (cap.period() == CapPeriod.TOTAL) {
            return TOTAL;
        }
        return LocalDate.ofInstant(at, cap.timezone()).toString();
    }
}
